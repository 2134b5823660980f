#pragma once

#include <QHash>
#include <QList>
#include <QString>

// What Shopify charges for each operation, next to the client's own estimate of it.
//
// The client estimates a request's cost from Shopify's published rules (graphql/QueryCost),
// which gives the shape: how the cost grows with page sizes and ids. Shopify's own figure,
// the requestedQueryCost of every answer (and the `cost` of a MAX_COST_EXCEEDED refusal), is
// the truth: Shopify sets manual costs on fields as it sees fit. So the client plans with
// estimate x factor, the factor learnt per operation name from the ratio of Shopify's figure
// to the estimate:
//
// - Of the last kWindow answers the largest ratio counts: one answer (or one refusal) above
//   the estimate is enough to stop asking for too much at once, and a request dearer in its
//   fixed part than in its pages (a small page) keeps the factor on the safe side.
// - Below 1 only when Shopify says so repeatedly: the last kConfirmations answers (at least)
//   all priced lower than the estimate. Until then the client never plans below its own
//   estimate, so one cheap answer cannot make the next request too large.
// - A query not priced yet (a follow-up read sent for the first time) is planned with the
//   largest factor above 1 learnt for any query: a shop that charges more for one read mostly
//   charges more for the others, and guessing high costs a short wait where guessing low costs
//   a THROTTLED answer. Mutations are priced flat and tell nothing about reads.
class LearnedCosts final
{
public:
    static constexpr int kWindow = 8;
    static constexpr int kConfirmations = 3;

    enum class Kind { Query, Mutation };

    // Shopify priced a request of this operation, estimated at `estimate`, at `requested`.
    void learn(const QString &operation, double estimate, double requested, Kind kind = Kind::Query);

    // The factor to plan this operation with: until Shopify priced it, the dearest factor
    // learnt for a query (at least 1).
    double factor(const QString &operation) const;
    // The cost to plan with for a request of this operation estimated at `estimate`.
    int planned(const QString &operation, int estimate) const;

private:
    QHash<QString, QList<double>> m_ratios; // the latest last
    QHash<QString, Kind> m_kinds;
};
