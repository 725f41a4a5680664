using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Desk;
using Yunpan.Core.Security;
using Yunpan.Desk.Cases;

namespace Yunpan.Desk.Context;

/// <summary>
/// K-12: the customer beside the case, their contact details masked; revealing them is written to the audit log
/// (read by supervisors) before anything is shown.
/// </summary>
internal sealed class CustomerContext(DbContext db, IMemberDirectory members, MemberSummaries summaries, TimeProvider clock)
{
    public async Task<CustomerContextDto> MaskedAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var (@case, contact) = await LoadAsync(caseId, cancellationToken);
        var form = @case.Complaint;
        var (plan, storage, links) = await summaries.ForMemberAsync(@case.MemberId, cancellationToken);
        return new CustomerContextDto(@case.MemberId, Masking.Email(contact.Email), Masking.Phone(contact.Phone),
            Masking.Phone(form?.ContactPhone), Masking.Email(form?.ContactEmail), Revealed: false, await OtherCasesAsync(@case, cancellationToken),
            plan, storage, links);
    }

    public async Task<CustomerContextDto> RevealAsync(Guid staffId, Guid caseId, CancellationToken cancellationToken)
    {
        var (@case, contact) = await LoadAsync(caseId, cancellationToken);
        db.Add(new RevealRecord
        {
            Id = Guid.CreateVersion7(),
            StaffId = staffId,
            CaseId = @case.Id,
            CaseNumber = @case.Number,
            MemberId = @case.MemberId,
            At = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        var (plan, storage, links) = await summaries.ForMemberAsync(@case.MemberId, cancellationToken);
        return new CustomerContextDto(@case.MemberId, contact.Email, contact.Phone, @case.Complaint?.ContactPhone, @case.Complaint?.ContactEmail,
            Revealed: true, await OtherCasesAsync(@case, cancellationToken), plan, storage, links);
    }

    private async Task<(Case Case, MemberContact Contact)> LoadAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var @case = await CaseAccess.LoadAsync(db, caseId, cancellationToken);
        var contact = await members.ContactAsync(@case.MemberId, cancellationToken) ?? new MemberContact(null, null);
        return (@case, contact);
    }

    private async Task<int> OtherCasesAsync(Case @case, CancellationToken cancellationToken) =>
        await db.Set<Case>().CountAsync(c => c.MemberId == @case.MemberId && c.Id != @case.Id, cancellationToken);
}
