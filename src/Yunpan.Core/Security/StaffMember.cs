namespace Yunpan.Core.Security;

/// <summary>A colleague as a picker shows them: the id to send and the e-mail (or phone) to recognise them by.</summary>
public sealed record StaffMember(Guid Id, string Login);
