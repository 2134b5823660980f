#pragma once

#include <QString>

// Who holds an outbox entry's lease: one running process, named so that another process on
// the same machine can tell when it has ended. The name is the machine's id, the boot's id,
// the process id and its start time, and a random part that keeps two names apart even
// where the others cannot be read.
class SenderIdentity final
{
public:
    static SenderIdentity forThisProcess();
    // The name a running process of this machine has (forThisProcess() in that process has
    // the same machine, boot, pid and start time; only the random part differs).
    static SenderIdentity forProcess(qint64 pid);
    static SenderIdentity fromName(const QString &name);

    QString name() const { return m_name; }

    // True only when the name is certainly a process of this machine that is no longer
    // running (another boot, no such process, or another process under the same id). Its
    // entries can then be taken over at once; any doubt leaves them to their lease.
    bool hasEnded() const;

private:
    explicit SenderIdentity(QString name);

    QString m_name;
};
