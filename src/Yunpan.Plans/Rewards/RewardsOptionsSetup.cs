using Microsoft.Extensions.Options;

namespace Yunpan.Plans.Rewards;

/// <summary>The default starter tasks, used when configuration names none, and the checks data annotations cannot make.</summary>
internal sealed class RewardsOptionsSetup : IPostConfigureOptions<RewardsOptions>, IValidateOptions<RewardsOptions>
{
    private const long GiB = 1L << 30;

    public void PostConfigure(string? name, RewardsOptions options)
    {
        if (options.Tasks.Count == 0)
        {
            options.Tasks =
            [
                new() { Id = StarterTaskIds.CliSignIn, Group = "desktop", Bytes = 5 * GiB },
                new() { Id = StarterTaskIds.FirstUpload, Group = "desktop", Bytes = 5 * GiB },
                new() { Id = StarterTaskIds.FirstBackup, Group = "desktop", Bytes = 5 * GiB },
                new() { Id = StarterTaskIds.MobileSignIn, Group = "mobile", Bytes = 5 * GiB },
                new() { Id = StarterTaskIds.VerifyEmail, Group = "mobile", Bytes = 4 * GiB },
                new() { Id = StarterTaskIds.BindPhone, Group = "mobile", Bytes = 5 * GiB },
                new() { Id = StarterTaskIds.FirstShare, Group = "mobile", Bytes = 5 * GiB },
            ];
        }
    }

    public ValidateOptionsResult Validate(string? name, RewardsOptions options)
    {
        var failures = new List<string>();
        foreach (var task in options.Tasks)
        {
            if (!StarterTaskIds.All.Contains(task.Id))
            {
                failures.Add($"Rewards:Tasks: '{task.Id}' is not a task the server recognises ({string.Join(", ", StarterTaskIds.All)}).");
            }

            if (task.Bytes < 0)
            {
                failures.Add($"Rewards:Tasks: '{task.Id}' grants a negative size.");
            }
        }

        if (options.Tasks.GroupBy(t => t.Id).Any(g => g.Count() > 1))
        {
            failures.Add("Rewards:Tasks lists a task twice.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
