namespace Yunpan.Core.Security;

/// <summary>Role names. Staff are members with roles; every module authorizes its staff endpoints by these.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Agent = "agent";
    public const string Supervisor = "supervisor";
    public const string Manager = "manager";
    public const string TechnicalContact = "technical-contact";

    public static readonly IReadOnlyList<string> All = [Admin, Agent, Supervisor, Manager, TechnicalContact];
}
