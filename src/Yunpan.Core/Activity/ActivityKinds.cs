namespace Yunpan.Core.Activity;

/// <summary>The kinds of <see cref="MemberActivity"/> modules publish. Strings, so a handler ignores kinds it does not know.</summary>
public static class ActivityKinds
{
    /// <summary>An account was created; Detail is the invitation code it was registered with, if any.</summary>
    public const string Registered = "registered";

    /// <summary>A password sign-in; Detail is the channel (<see cref="SignInChannels"/>).</summary>
    public const string SignedIn = "signed-in";

    public const string EmailVerified = "email-verified";

    public const string PhoneBound = "phone-bound";

    /// <summary>A file was stored in the member's drive by any route (web, API, tus, WebDAV).</summary>
    public const string FileUploaded = "file-uploaded";

    public const string LinkShared = "link-shared";

    public const string BackupRun = "backup-run";
}
