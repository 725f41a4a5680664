namespace Yunpan.Contracts.Accounts;

/// <summary>A member's roles (admin, agent, supervisor, manager, technical-contact) after a change.</summary>
public sealed record MemberRolesDto(Guid MemberId, IReadOnlyList<string> Roles);
