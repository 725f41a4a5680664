namespace Yunpan.Core.Activity;

/// <summary>A module's reaction to member activity. Handlers run after the activity has happened and cannot undo it.</summary>
public interface IActivityHandler
{
    Task HandleAsync(MemberActivity activity, CancellationToken cancellationToken);
}
