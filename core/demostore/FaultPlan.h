#pragma once

#include <QList>
#include <QtGlobal>

namespace demostore {

// The faults a demo store injects into its answers, decided per request from a PRNG seeded
// with `seed`, so a run with the same requests in the same order repeats. Rates are
// probabilities from 0 to 1. What a client sees:
// - fail before work: an HTTP 500, 502 or 503 (one of failStatuses) with the body Shopify's
//   edge sends; nothing was done and nothing charged.
// - drop after work: the request is carried out as usual (the mutation done, the bucket
//   charged), then the connection is closed without a (complete) answer. Closed before the
//   answer begins, an HTTP/1.1 client may send the request once more by itself:
//   QNetworkAccessManager does (Qt 6.4), and the repeat is handled, counted and dropped like
//   any request. Closed half-way through the answer, it does not.
// - delay: the answer (or the drop) comes delayMs late; other connections are served meanwhile.
// A request fails or is dropped, never both; a delay can come with either.
struct FaultPlan
{
    enum class Scope {
        AllRequests,   // every request to the GraphQL endpoint
        MutationsOnly, // only documents whose chosen operation is a mutation
    };
    enum class DropPoint {
        BeforeAnswer, // not a byte of the answer is sent
        DuringAnswer, // the status line, the headers and half the body, then the close
    };

    double failBeforeWorkRate = 0;
    QList<int> failStatuses; // drawn from with equal chances; empty: 500, 502 and 503
    double dropAfterWorkRate = 0;
    DropPoint dropPoint = DropPoint::BeforeAnswer;
    double delayRate = 0;
    int delayMs = 0;
    Scope scope = Scope::AllRequests;
    quint64 seed = 1;
    // After this many requests got a fault of any kind the plan injects no more; -1: no end.
    // "Drop the next mutation, then behave" is {dropAfterWorkRate = 1, faultLimit = 1}.
    int faultLimit = -1;

    bool isEmpty() const
    {
        return failBeforeWorkRate <= 0 && dropAfterWorkRate <= 0 && (delayRate <= 0 || delayMs <= 0);
    }
};

} // namespace demostore
