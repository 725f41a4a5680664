using Microsoft.AspNetCore.Http;
using Yunpan.Contracts.Errors;
using Yunpan.Core.Errors;

namespace Yunpan.Accounts;

internal static class AccountsErrors
{
    public static DomainException RegistrationClosed() =>
        new(ErrorCodes.RegistrationClosed, StatusCodes.Status403Forbidden, "Registration is closed on this installation; ask an administrator for an account.");

    public static DomainException AccountExists() =>
        new(ErrorCodes.AccountExists, StatusCodes.Status409Conflict, "An account with that e-mail address or phone number already exists. Sign in instead.");

    public static DomainException InvalidCredentials() =>
        new(ErrorCodes.InvalidCredentials, StatusCodes.Status401Unauthorized, "The e-mail/phone or the password is wrong.");

    /// <summary>400, not 401: the member is signed in, and a 401 would read as a session that ended.</summary>
    public static DomainException WrongPassword() =>
        new(ErrorCodes.WrongPassword, StatusCodes.Status400BadRequest, "The current password is wrong.");

    public static DomainException Locked(DateTimeOffset? until) =>
        new(ErrorCodes.AccountLocked, StatusCodes.Status423Locked,
            "Too many failed sign-ins: the account is locked for a while. Try again later.",
            new Dictionary<string, object?> { ["lockedUntil"] = until });

    public static DomainException WeakPassword(IEnumerable<string> reasons) =>
        new(ErrorCodes.WeakPassword, StatusCodes.Status400BadRequest, string.Join(" ", reasons));

    public static DomainException OneIdentifier() =>
        new(ErrorCodes.ValidationFailed, StatusCodes.Status400BadRequest, "Give exactly one of 'email' or 'phone', and a 'password'.");

    public static DomainException EmailImmutable() =>
        new(ErrorCodes.EmailImmutable, StatusCodes.Status409Conflict, "The registration e-mail address cannot be changed.");

    public static DomainException EmailNotVerified() =>
        new(ErrorCodes.EmailNotVerified, StatusCodes.Status409Conflict, "Verify your e-mail address first: without it you could lose access to the account.");

    public static DomainException EmailAlreadyVerified() =>
        new(ErrorCodes.EmailAlreadyVerified, StatusCodes.Status409Conflict, "The e-mail address is already verified.");

    public static DomainException NoEmail() =>
        new(ErrorCodes.NoEmail, StatusCodes.Status409Conflict, "The account has no e-mail address yet.");

    public static DomainException NoPhone() =>
        new(ErrorCodes.NoPhone, StatusCodes.Status409Conflict, "No phone number is bound to the account.");

    public static DomainException PhoneTaken() =>
        new(ErrorCodes.PhoneTaken, StatusCodes.Status409Conflict, "That phone number is bound to another account.");

    public static DomainException InvalidCode() =>
        new(ErrorCodes.InvalidCode, StatusCodes.Status400BadRequest, "The code is wrong or has expired. Ask for a new one.");

    public static DomainException TokenNotFound() =>
        new(ErrorCodes.NotFound, StatusCodes.Status404NotFound, "No such access token.");

    public static DomainException Validation(string message) =>
        new(ErrorCodes.ValidationFailed, StatusCodes.Status400BadRequest, message);

    public static DomainException UnknownRole(string role) =>
        new(ErrorCodes.ValidationFailed, StatusCodes.Status400BadRequest, $"There is no role '{role}'. Roles: {string.Join(", ", Core.Security.Roles.All)}.");

    public static DomainException OwnAdminRole() =>
        new(ErrorCodes.ValidationFailed, StatusCodes.Status400BadRequest, "You cannot take the admin role from yourself; ask another administrator.");

    public static DomainException MemberNotFound() =>
        new(ErrorCodes.NotFound, StatusCodes.Status404NotFound, "No member with that id.");

    public static DomainException NoSuchLogin() =>
        new(ErrorCodes.NotFound, StatusCodes.Status404NotFound, "No member signs in with that e-mail address or mobile number.");
}
