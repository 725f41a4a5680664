using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

using Yunpan.Plans.Persistence;

namespace Yunpan.Plans.Rewards;

/// <summary>R-3: an invitation code, at most so many a day and so many in all, whatever the concurrency.</summary>
internal sealed class CreateInvitation(DbContext db, PlansCalendar calendar, IOptions<RewardsOptions> options)
{
    private const int Attempts = 5;

    public async Task<Invitation> ExecuteAsync(Guid inviterId, CancellationToken cancellationToken)
    {
        var rules = options.Value;
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var day = calendar.Today;
            var mine = db.Set<Invitation>().AsNoTracking().Where(i => i.InviterId == inviterId);
            var total = await mine.CountAsync(cancellationToken);
            if (total >= rules.InvitationsTotal)
            {
                throw PlansErrors.InvitationLimit($"You have issued all {rules.InvitationsTotal} invitations an account may send.");
            }

            var today = await mine.CountAsync(i => i.Day == day, cancellationToken);
            if (today >= rules.InvitationsPerDay)
            {
                throw PlansErrors.InvitationLimit($"You have issued {rules.InvitationsPerDay} invitations today, the most a day allows; try again tomorrow.");
            }

            var invitation = new Invitation
            {
                Id = Guid.CreateVersion7(calendar.Now),
                InviterId = inviterId,
                Code = NewCode(),
                Ordinal = total + 1,
                Day = day,
                DayOrdinal = today + 1,
                CreatedAt = calendar.Now,
            };

            // A concurrent request took the same ordinal: count again, so the limits hold.
            if (await UniqueInsert.TrySaveAsync(db, cancellationToken, invitation))
            {
                return invitation;
            }
        }

        throw PlansErrors.InvitationLimit("Too many invitations were requested at once; try again.");
    }

    /// <summary>10 characters of Crockford base32 (50 bits): short enough to type, too many to guess in rate-limited tries.</summary>
    private static string NewCode()
    {
        const string alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        Span<char> code = stackalloc char[10];
        for (var i = 0; i < code.Length; i++)
        {
            code[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        }

        return new string(code);
    }
}
