using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Errors;
using Yunpan.Core.Errors;
using Yunpan.Plans.Catalog;
using Yunpan.Plans.Persistence;

namespace Yunpan.Plans.Orders;

/// <summary>Prices plan terms for a member and applies paid ones to the member's plan row.</summary>
internal sealed class MemberPlans(DbContext db, PlanCatalog catalog, TimeProvider clock)
{
    public async Task<PurchaseQuote> QuoteAsync(Guid memberId, string planId, string unit, int quantity, CancellationToken cancellationToken)
    {
        var (plan, term, amount) = Price(planId, unit, quantity);
        var purchase = PurchaseRules.Decide(catalog, await CurrentAsync(memberId, cancellationToken), plan, term, clock.GetUtcNow());
        return new PurchaseQuote(plan, term, amount, purchase);
    }

    /// <summary>
    /// Applies a paid order: the rules run again at the moment of payment, since time (and maybe another order) has
    /// passed since the quote. A term paid for a lower plan while a higher one has come to run meanwhile is not
    /// refused (the money is in): its value becomes days of the running plan, by the same conversion as an upgrade.
    /// </summary>
    public async Task GrantAsync(Order order, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var target = catalog.Find(order.PlanId) ?? throw PlansErrors.UnknownPlan(order.PlanId);
        var term = new PlanTerm(order.Unit, order.Quantity);
        var row = await db.Set<MemberPlan>().FirstOrDefaultAsync(p => p.MemberId == order.MemberId, cancellationToken);
        var current = row is null ? CurrentPlan.None : new CurrentPlan(row.PlanId, row.ExpiresAt);

        PurchasePlan purchase;
        try
        {
            purchase = PurchaseRules.Decide(catalog, current, target, term, now);
        }
        catch (DomainException e) when (e.Code == ErrorCodes.PlanDowngrade && catalog.Find(current.PlanId) is { PricePerYear: { } higherPrice } running && current.ExpiresAt is { } ends)
        {
            var days = PurchaseRules.ConvertedDays(term.EndFrom(now) - now, target.PricePerYear!.Value, higherPrice);
            purchase = new PurchasePlan(PurchaseKind.Credit, ends, ends.AddDays(days), days, target);
            target = running;
        }

        if (row is null)
        {
            row = new MemberPlan { MemberId = order.MemberId, PlanId = target.Id };
            db.Add(row);
        }

        row.PlanId = target.Id;
        row.ExpiresAt = purchase.EndsAt;
        order.Kind = purchase.Kind;
        order.PeriodStart = purchase.StartsAt;
        order.PeriodEnd = purchase.EndsAt;
        order.ConvertedDays = purchase.ConvertedDays;
        order.ConvertedFromPlanId = purchase.From?.Id;
    }

    public (PlanDefinition Plan, PlanTerm Term, long Amount) Price(string planId, string unit, int quantity)
    {
        var plan = catalog.Find(planId) ?? throw PlansErrors.UnknownPlan(planId);
        var term = new PlanTerm(ParseUnit(unit), quantity);
        if (!term.IsValid)
        {
            throw PlansErrors.InvalidTerm();
        }

        var amount = term.PriceOf(plan) ?? throw PlansErrors.NotForSale(plan, term.Unit);
        return (plan, term, amount);
    }

    private async Task<CurrentPlan> CurrentAsync(Guid memberId, CancellationToken cancellationToken) =>
        await db.Set<MemberPlan>().AsNoTracking().Where(p => p.MemberId == memberId)
            .Select(p => new CurrentPlan(p.PlanId, p.ExpiresAt)).FirstOrDefaultAsync(cancellationToken) ?? CurrentPlan.None;

    private static BillingUnit ParseUnit(string? unit) => unit?.Trim().ToLowerInvariant() switch
    {
        "month" or "months" => BillingUnit.Month,
        "year" or "years" => BillingUnit.Year,
        _ => throw PlansErrors.InvalidTerm(),
    };
}
