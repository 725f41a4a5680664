using Yunpan.Core.Activity;

namespace Yunpan.Plans.Rewards;

/// <summary>The tasks the server can recognise, each from one kind of member activity.</summary>
public static class StarterTaskIds
{
    public const string CliSignIn = "cli-sign-in";
    public const string FirstUpload = "first-upload";
    public const string FirstBackup = "first-backup";
    public const string MobileSignIn = "mobile-sign-in";
    public const string VerifyEmail = "verify-email";
    public const string BindPhone = "bind-phone";
    public const string FirstShare = "first-share";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        CliSignIn, FirstUpload, FirstBackup, MobileSignIn, VerifyEmail, BindPhone, FirstShare,
    };

    /// <summary>The task an activity completes, if any.</summary>
    public static string? For(MemberActivity activity) => activity.Kind switch
    {
        ActivityKinds.SignedIn when activity.Detail == SignInChannels.Cli => CliSignIn,
        ActivityKinds.SignedIn when activity.Detail == SignInChannels.MobileWeb => MobileSignIn,
        ActivityKinds.FileUploaded => FirstUpload,
        ActivityKinds.BackupRun => FirstBackup,
        ActivityKinds.EmailVerified => VerifyEmail,
        ActivityKinds.PhoneBound => BindPhone,
        ActivityKinds.LinkShared => FirstShare,
        _ => null,
    };
}
