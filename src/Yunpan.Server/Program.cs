using System.CommandLine;
using Yunpan.Server.Commands;

var root = new RootCommand("Yunpan server: a self-hostable cloud drive with a built-in service desk. Without a command it serves HTTP (ASP.NET Core options such as --urls apply).")
{
    TreatUnmatchedTokensAsErrors = false,
};
ServeCommand.Attach(root);
root.Subcommands.Add(MigrateCommand.Create());
root.Subcommands.Add(AdminCommand.Create());
return await root.Parse(args).InvokeAsync();

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
