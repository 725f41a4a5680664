using Yunpan.Plans.Catalog;

namespace Yunpan.Plans.Orders;

/// <summary>A priced plan term and what buying it would do now.</summary>
internal sealed record PurchaseQuote(PlanDefinition Plan, PlanTerm Term, long Amount, PurchasePlan Purchase);
