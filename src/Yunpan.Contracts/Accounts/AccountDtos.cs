namespace Yunpan.Contracts.Accounts;

/// <summary>Registration with either an e-mail address or a mobile number (exactly one); <see cref="InviteCode"/>
/// credits the member who invited once the new account verifies its address or phone.</summary>
public sealed record RegisterRequest(string? Email, string? Phone, string Password, string? InviteCode = null);

public sealed record AccountCreated(Guid Id, string? Email, string? Phone);

public sealed record SignInRequest(string Login, string Password, bool Remember = false);

/// <summary>Bytes used of the plan's capacity; <see cref="Uploads"/> is reserved by resumable uploads in progress.</summary>
public sealed record QuotaDto(long Used, long Total, long Files, long Versions, long Trash, long Uploads);

public sealed record MeResponse(
    Guid Id,
    string? Email,
    bool EmailVerified,
    string? Phone,
    bool PhoneVerified,
    string Plan,
    string PlanName,
    QuotaDto Quota,
    long MaxUpload,
    IReadOnlyList<string> Roles,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PlanExpiresAt = null);

public sealed record SetEmailRequest(string Email);

public sealed record PhoneRequest(string Phone);

public sealed record CodeRequest(string Code);

/// <summary>Asks for a code to set a new password, sent to the e-mail address or phone number given as login.</summary>
public sealed record ResetCodeRequest(string Login);

/// <summary>A new password with the code that was sent to <paramref name="Login"/>.</summary>
public sealed record ResetPasswordRequest(string Login, string Code, string NewPassword);

/// <summary>A new password, given with the current one.</summary>
public sealed record ChangePasswordRequest(string CurrentPassword, string NewPassword);

public sealed record ConfirmPhoneRequest(string Phone, string Code);
