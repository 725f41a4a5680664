using Microsoft.AspNetCore.Http;
using Yunpan.Contracts.Errors;
using Yunpan.Core.Errors;
using Yunpan.Plans.Catalog;
using Yunpan.Plans.Orders;

namespace Yunpan.Plans;

internal static class PlansErrors
{
    public static DomainException UnknownPlan(string id) =>
        new(ErrorCodes.PlanUnknown, StatusCodes.Status404NotFound, $"There is no plan '{id}'. GET /api/v1/plans lists them.");

    public static DomainException NotForSale(PlanDefinition plan, BillingUnit unit) =>
        new(ErrorCodes.PlanNotForSale, StatusCodes.Status409Conflict, plan.PricePerYear is null
            ? $"{plan.Name} is not sold; it is granted by an administrator."
            : $"{plan.Name} is not sold by the {unit.ToString().ToLowerInvariant()}; buy it by the year.");

    public static DomainException InvalidTerm() =>
        new(ErrorCodes.ValidationFailed, StatusCodes.Status400BadRequest,
            $"Buy 1 to {PlanTerm.MaxMonths} months (unit=month) or 1 to {PlanTerm.MaxYears} years (unit=year).");

    public static DomainException Downgrade(PlanDefinition running, PlanDefinition target, DateTimeOffset runningEnds) =>
        new(ErrorCodes.PlanDowngrade, StatusCodes.Status409Conflict,
            $"You are on {running.Name} until {runningEnds:yyyy-MM-dd}; a lower plan ({target.Name}) cannot be bought while a higher one runs. " +
            $"Renew {running.Name} or choose a higher plan; the remaining value of {running.Name} is converted into extra days.",
            new Dictionary<string, object?> { ["currentPlan"] = running.Id, ["currentPlanEnds"] = runningEnds });

    public static DomainException InvalidTrafficAmount() =>
        new(ErrorCodes.ValidationFailed, StatusCodes.Status400BadRequest,
            $"Buy 1 to {Traffic.BusinessTrafficOptions.MaxGbPerOrder} GB of extra traffic (gigabytes).");

    public static DomainException BusinessLinksNotInPlan(string planName) =>
        new(ErrorCodes.BusinessLinksNotInPlan, StatusCodes.Status403Forbidden,
            $"Extra traffic is for business links, which are part of the Gold plan; your plan ({planName}) has none.");

    public static DomainException OrderNotFound() =>
        new(ErrorCodes.NotFound, StatusCodes.Status404NotFound, "No such order.");

    public static DomainException PaymentUnavailable() =>
        new(ErrorCodes.PaymentUnavailable, StatusCodes.Status503ServiceUnavailable,
            "Online payment is not configured on this server. Buy through a shop and ask support to activate the plan with the shop's order number.");

    public static DomainException PaymentRejected(string why) =>
        new(ErrorCodes.PaymentRejected, StatusCodes.Status400BadRequest, $"The payment notification was refused: {why}");

    public static DomainException ShopOrderUsed(string shopOrder) =>
        new(ErrorCodes.ShopOrderUsed, StatusCodes.Status409Conflict, $"The shop order '{shopOrder}' has already activated a plan.");

    public static DomainException ShopOrderNumberRequired() =>
        new(ErrorCodes.ValidationFailed, StatusCodes.Status400BadRequest, "Give the shop's order number (1 to 128 characters).");

    public static DomainException NotGrantable(PlanDefinition plan, PlanCatalog catalog) =>
        new(ErrorCodes.PlanNotGrantable, StatusCodes.Status400BadRequest,
            $"{plan.Name} cannot be granted: only free plans other than the default are (" +
            string.Join(", ", catalog.All.Where(p => p.PricePerYear is null && p != catalog.Default).Select(p => p.Id)) +
            "). Paid plans are bought, or activated against a shop order.");

    public static DomainException GrantEndsInPast() =>
        new(ErrorCodes.ValidationFailed, StatusCodes.Status400BadRequest, "expiresAt must be in the future, or left out for a grant without end.");

    public static DomainException GrantReasonTooLong() =>
        new(ErrorCodes.ValidationFailed, StatusCodes.Status400BadRequest, $"The reason is at most {Grants.GrantPlan.MaxReasonLength} characters.");

    public static DomainException NoGrant() =>
        new(ErrorCodes.NotFound, StatusCodes.Status404NotFound, "This member has no granted plan.");

    public static DomainException MemberNotFound() =>
        new(ErrorCodes.NotFound, StatusCodes.Status404NotFound, "No member with that id.");

    public static DomainException CheckedInToday(DateOnly day) =>
        new(ErrorCodes.CheckedInToday, StatusCodes.Status409Conflict,
            $"You have already checked in today ({day:yyyy-MM-dd}); come back tomorrow.");

    public static DomainException PointsInsufficient(int balance, int cost) =>
        new(ErrorCodes.PointsInsufficient, StatusCodes.Status409Conflict,
            $"A redemption costs {cost} points and you have {balance}. Sign in on more days to earn points.",
            new Dictionary<string, object?> { ["points"] = balance, ["cost"] = cost });

    public static DomainException RedeemedThisYear(DateTimeOffset next) =>
        new(ErrorCodes.RedeemedThisYear, StatusCodes.Status409Conflict,
            $"Points can be redeemed once a year; the next redemption is possible from {next:yyyy-MM-dd}.",
            new Dictionary<string, object?> { ["availableAt"] = next });

    public static DomainException InvitationLimit(string why) =>
        new(ErrorCodes.InvitationLimit, StatusCodes.Status409Conflict, why);

    public static DomainException OrderNotPaid() =>
        new(ErrorCodes.OrderNotPaid, StatusCodes.Status409Conflict, "Only a paid order can be invoiced; pay it first.");

    public static DomainException InvoiceExists() =>
        new(ErrorCodes.InvoiceExists, StatusCodes.Status409Conflict, "An invoice has already been requested for this order.");

    public static DomainException InvoiceField(string name, int max) =>
        new(ErrorCodes.ValidationFailed, StatusCodes.Status400BadRequest, $"'{name}' is required: 1 to {max} printable characters.");

    public static DomainException InvoiceMonth() =>
        new(ErrorCodes.ValidationFailed, StatusCodes.Status400BadRequest, "Give the batch month as yyyy-MM, no later than the current month.");

    public static DomainException InvoiceNotIssued() =>
        new(ErrorCodes.NotFound, StatusCodes.Status404NotFound, "No issued invoice with that id.");

    public static DomainException UnknownTask(string id) =>
        new(ErrorCodes.NotFound, StatusCodes.Status404NotFound, $"There is no starter task '{id}'. GET /api/v1/rewards lists them.");

    public static DomainException TaskNotDone(string id) =>
        new(ErrorCodes.TaskNotDone, StatusCodes.Status409Conflict, $"The task '{id}' is not done yet.");

    public static DomainException TaskClaimed(string id) =>
        new(ErrorCodes.TaskClaimed, StatusCodes.Status409Conflict, $"The reward of '{id}' has already been claimed.");
}
