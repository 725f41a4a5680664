using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Desk;
using Yunpan.Core.Security;
using Yunpan.Desk.Categories;
using Yunpan.Desk.Clocks;
using Yunpan.Desk.Staff;

namespace Yunpan.Desk.Cases;

/// <summary>K-1, K-2: a case opened by the member on the web, or registered by an agent for them from another channel.</summary>
internal sealed class OpenCase(DbContext db, CaseTimeline timeline, CaseClocks clocks, IMemberDirectory members, TimeProvider clock)
{
    private const string ThanksForSuggestion = "谢谢您提出的宝贵建议，我们将及时反馈给相关负责人员，感谢您对我们工作的关心和支持。";
    private const string ThanksForPraise = "谢谢您的表扬和鼓励，我们会转达给相关同事，并继续努力为您做好服务。";

    public Task<Case> ByMemberAsync(Guid memberId, OpenCaseRequest request, CancellationToken cancellationToken) =>
        OpenAsync(memberId, null, CaseSource.Web, request.Type, request.Subject, request.Body, request.CategoryId, request.Complaint, cancellationToken);

    public async Task<Case> ByAgentAsync(Guid agentId, LogCaseRequest request, CancellationToken cancellationToken)
    {
        if (!WireNames.TryParse<CaseSource>(request.Source, out var source))
        {
            throw DeskErrors.Invalid($"Source must be one of: {string.Join(", ", WireNames.All<CaseSource>())}.");
        }

        if (!await members.ExistsAsync(request.MemberId, cancellationToken))
        {
            throw DeskErrors.NotFound("member");
        }

        return await OpenAsync(request.MemberId, agentId, source, request.Type, request.Subject, request.Body, request.CategoryId, request.Complaint, cancellationToken);
    }

    private async Task<Case> OpenAsync(Guid memberId, Guid? recordedBy, CaseSource source, string type, string subject, string body,
        Guid? categoryId, ComplaintFormDto? complaint, CancellationToken cancellationToken)
    {
        if (!WireNames.TryParse<CaseType>(type, out var caseType))
        {
            throw DeskErrors.Invalid($"Type must be one of: {string.Join(", ", WireNames.All<CaseType>())}.");
        }

        subject = DeskText.Required(subject, "subject", 200);
        body = DeskText.Required(body, "body", 10_000);
        if (categoryId is { } category && !await db.Set<CaseCategory>().AnyAsync(c => c.Id == category, cancellationToken))
        {
            throw DeskErrors.NotFound("category");
        }

        var form = caseType == CaseType.Complaint
            ? ComplaintForms.From(complaint ?? throw DeskErrors.Invalid("A complaint needs the complaint form: what happened, when, and how to reach you."))
            : null;
        var now = clock.GetUtcNow();
        var opened = new Case
        {
            Id = Guid.CreateVersion7(),
            Number = CaseNumber.New(now),
            MemberId = memberId,
            Type = caseType,
            Source = source,
            CategoryId = categoryId,
            Subject = subject,
            Status = CaseStatus.New,
            RecordedBy = recordedBy,
            Complaint = form,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Add(opened);
        timeline.Add(opened, recordedBy ?? memberId, CaseEventKind.Opened, body);
        await clocks.StartAsync(opened, DeadlineKind.Resolution, cancellationToken);
        await clocks.StartAsync(opened, DeadlineKind.ProgressUpdate, cancellationToken);
        await RouteAsync(opened, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return opened;
    }

    /// <summary>
    /// K-14: a complaint about an agent goes straight to that agent's supervisor, who must contact the customer.
    /// K-13: suggestions and praise are thanked at once (seed 002 §18) and wait in the queue for the team.
    /// </summary>
    private async Task RouteAsync(Case opened, CancellationToken cancellationToken)
    {
        if (opened.Complaint?.AboutStaffId is { } agent
            && await db.Set<AgentSupervisor>().Where(l => l.AgentId == agent).Select(l => (Guid?)l.SupervisorId).FirstOrDefaultAsync(cancellationToken) is { } supervisor)
        {
            opened.OwnerId = supervisor;
            opened.Status = CaseStatus.Open;
            timeline.Add(opened, null, CaseEventKind.HandedOver, "Complaint about an agent: their supervisor owns it.", supervisor, isInternal: true);
            await clocks.StartAsync(opened, DeadlineKind.SupervisorContact, cancellationToken);
        }
        else if (opened.Type is CaseType.Suggestion or CaseType.Praise)
        {
            timeline.Add(opened, null, CaseEventKind.Reply, opened.Type == CaseType.Suggestion ? ThanksForSuggestion : ThanksForPraise);
        }
    }
}
