namespace Yunpan.Contracts.Accounts;

/// <summary>Staff found a member by the e-mail address or mobile number they gave; the id is what staff endpoints take.</summary>
public sealed record MemberFoundDto(Guid Id, IReadOnlyList<string> Roles);
