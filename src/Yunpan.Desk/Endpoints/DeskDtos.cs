using Yunpan.Contracts.Desk;
using Yunpan.Desk.BannedPhrases;
using Yunpan.Desk.Cases;
using Yunpan.Desk.Categories;
using Yunpan.Desk.Clocks;
using Yunpan.Desk.Closing;
using Yunpan.Desk.Notifications;
using Yunpan.Desk.Technical;

namespace Yunpan.Desk.Endpoints;

/// <summary>Entity to wire mappings shared by the desk's endpoints and errors.</summary>
internal static class DeskDtos
{
    public static BannedPhraseDto ToDto(BannedPhrase p) => new(p.Id, p.Phrase, p.Category.Name(), p.Suggestion, p.UpdatedAt);

    public static BannedPhraseHitDto ToDto(BannedPhraseHit h) =>
        new(h.Phrase.Id, h.Phrase.Phrase, h.Phrase.Category.Name(), h.Start, h.Length, h.Matched, h.Phrase.Suggestion);

    /// <summary>The customer's own view.</summary>
    public static CaseDto ToDto(Case c, IEnumerable<CaseEvent>? timeline = null) => ToDto(c, timeline, null, masked: false);

    /// <summary>Staff's view: the complaint form's contact details masked (K-12; the audited reveal shows them).</summary>
    public static CaseDto ForStaff(Case c, IEnumerable<CaseEvent>? timeline = null, IEnumerable<CaseDeadline>? deadlines = null) =>
        ToDto(c, timeline, deadlines, masked: true);

    private static CaseDto ToDto(Case c, IEnumerable<CaseEvent>? timeline, IEnumerable<CaseDeadline>? deadlines, bool masked) => new(
        c.Id, c.Number, c.MemberId, c.Type.Wire(), c.Source.Wire(), c.CategoryId, c.Subject, c.Status.Wire(), c.OwnerId, c.RecordedBy,
        c.Complaint is { } form ? ComplaintForms.ToDto(form, masked) : null, c.CreatedAt, c.UpdatedAt,
        c.Outcome, c.Satisfaction?.Wire(), c.Status == CaseStatus.Resolved ? $"/api/v1/cases/{c.Id}/rating" : null,
        timeline?.Select(ToDto).ToList(), deadlines?.Select(ToDto).ToList());

    public static ArchivedProblemDto ToDto(ArchivedProblem p) =>
        new(p.Id, p.CaseId, p.CaseNumber, p.CategoryId, p.Subject, p.Summary, p.Lessons, p.ArchivedAt);

    public static CaseEventDto ToDto(CaseEvent e) => new(e.Id, e.At, e.Kind.Wire(), e.ActorId, e.Body, e.TargetId, e.Internal);

    public static DeadlineDto ToDto(CaseDeadline d) => new(d.Kind.Wire(), d.DueAt, d.Remaining, d.WarnedAt is not null, d.BreachedAt is not null);

    public static TechnicalTaskDto ToDto(TechnicalTask t) => new(t.Id, t.CaseNumber, t.Details, t.AssignedBy, t.CreatedAt, t.FixedAt, t.FixNote);

    public static CategoryDto ToDto(CaseCategory c) => new(c.Id, c.Name, c.Technical, c.ParentId);

    public static DeskNotificationDto ToDto(DeskNotification n) =>
        new(n.Id, n.CaseId, n.CaseNumber, n.Deadline.Wire(), n.Breached, n.DueAt, n.CreatedAt, n.ReadAt);
}
