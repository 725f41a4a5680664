using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Desk;
using Yunpan.Core.Security;
using Yunpan.Desk.Categories;
using Yunpan.Desk.Clocks;

namespace Yunpan.Desk.Cases;

/// <summary>K-1, K-2: a case opened by the member on the web, or registered by an agent for them from another channel.</summary>
internal sealed class OpenCase(DbContext db, CaseTimeline timeline, CaseClocks clocks, IMemberDirectory members, TimeProvider clock)
{
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
        await db.SaveChangesAsync(cancellationToken);
        return opened;
    }
}
