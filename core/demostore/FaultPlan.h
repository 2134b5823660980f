#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace demostore {

// The faults a demo store injects into its answers, decided per request from a PRNG seeded
// with `seed`, so a run with the same requests in the same order repeats. Rates are
// probabilities from 0 to 1. What a client sees:
// - fail before work: one of failStatuses with the body Shopify sends with it; nothing was
//   done and nothing charged. 401 (token revoked), 402 (shop frozen), 403, 404, 423 (shop
//   locked), 429 (with Retry-After), 500, 502, 503 (with Retry-After), 504; see
//   docs/demostore.md for each body. By default 500, 502 or 503.
// - drop after work: the request is carried out as usual (the mutation done, the bucket
//   charged), then the connection is closed without a (complete) answer. Closed before the
//   answer begins, an HTTP/1.1 client may send the request once more by itself:
//   QNetworkAccessManager does (Qt 6.4), and the repeat is handled, counted and dropped like
//   any request. Closed half-way through the answer, it does not.
// - malformed after work: the request is carried out, then its answer replaced: an HTML page
//   with status 200 (NotJson, as a proxy or a maintenance page would send), or valid JSON of
//   the wrong shape (a field missing, or a list where a single value belongs).
// - delay: the answer (or the drop) comes delayMs late; other connections are served meanwhile.
// - hold: the request is carried out, then its answer (or its drop, or its delay) waits until
//   the test lets it go (DemoStore::releaseHeldAnswers): a client can be caught, for certain,
//   after the work was done and before it heard of it.
// A request fails, is dropped or is malformed, only one of them; a delay or a hold can come
// with any.
// "The next N requests answer 429" is {failBeforeWorkRate = 1, failStatuses = {429},
// faultLimit = N}.
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
    enum class Malformation {
        NotJson,      // 200 with an HTML page instead of JSON
        MissingField, // the first scalar field found in `data` left out
        WrongType,    // that field's value wrapped in a list: a value of the wrong type
    };

    double failBeforeWorkRate = 0;
    QList<int> failStatuses;        // drawn from with equal chances; empty: 500, 502 and 503
    double retryAfterSeconds = 2.0; // Retry-After of 429 and 503 answers, written "2.0"
    double dropAfterWorkRate = 0;
    DropPoint dropPoint = DropPoint::BeforeAnswer;
    double malformRate = 0;
    Malformation malformation = Malformation::NotJson;
    double delayRate = 0;
    int delayMs = 0;
    bool holdAnswers = false; // every answer in scope, not drawn
    Scope scope = Scope::AllRequests;
    quint64 seed = 1;
    // After this many requests got a fault of any kind the plan injects no more; -1: no end.
    // "Drop the next mutation, then behave" is {dropAfterWorkRate = 1, faultLimit = 1}.
    int faultLimit = -1;

    // Bulk operations (bulkOperationRunQuery, BulkOperations), not drawn: every operation
    // started under this plan ends as bulkEnd says, once that share of its orders is written.
    enum class BulkEnd {
        Completed, // as Shopify ends a bulk query that worked
        Failed,    // FAILED with bulkErrorCode, and partialDataUrl when anything was written
        Canceled,  // CANCELED, as when someone else canceled it
    };
    BulkEnd bulkEnd = BulkEnd::Completed;
    QString bulkErrorCode = QStringLiteral("INTERNAL_SERVER_ERROR"); // or ACCESS_DENIED, TIMEOUT
    double bulkEndsAt = 0.5; // share of the orders written when it fails or is canceled
    // The next run finds a bulk query of this app running already (another station started
    // it): refused with OPERATION_IN_PROGRESS until that one ends, bulkOtherRunMs later.
    bool bulkOtherRunning = false;
    int bulkOtherRunMs = 2000;
    // This many result downloads (counted from the store's start) close half-way through.
    int bulkBrokenDownloads = 0;
    // How long url and partialDataUrl work after the operation ended (Shopify: 7 days);
    // afterwards the status is EXPIRED and the URLs answer 403.
    qint64 bulkResultLifetimeMs = 7LL * 24 * 3600 * 1000;

    bool isEmpty() const
    {
        return failBeforeWorkRate <= 0 && dropAfterWorkRate <= 0 && malformRate <= 0
               && (delayRate <= 0 || delayMs <= 0) && !holdAnswers;
    }
};

} // namespace demostore
