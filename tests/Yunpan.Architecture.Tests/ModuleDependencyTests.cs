using System.Reflection;
using System.Xml.Linq;

namespace Yunpan.Architecture.Tests;

/// <summary>
/// DESIGN §2's dependency rules, checked over the compiled assemblies' references: Core and Contracts at the bottom,
/// modules on Core/Contracts and only the modules the design names, Data composing the modules' tables, and only the
/// host (Server) on top of everything.
/// </summary>
public sealed class ModuleDependencyTests
{
    private const string Contracts = "Yunpan.Contracts";
    private const string Core = "Yunpan.Core";
    private const string Accounts = "Yunpan.Accounts";
    private const string Storage = "Yunpan.Storage";
    private const string Plans = "Yunpan.Plans";
    private const string Drive = "Yunpan.Drive";
    private const string WebDav = "Yunpan.WebDav";
    private const string Sharing = "Yunpan.Sharing";
    private const string Desk = "Yunpan.Desk";
    private const string Data = "Yunpan.Data";
    private const string DataSqlite = "Yunpan.Data.Sqlite";
    private const string Client = "Yunpan.Client";
    private const string Web = "Yunpan.Web";
    private const string Server = "Yunpan.Server";

    /// <summary>The Yunpan assemblies each assembly may reference. Anything not listed is a violation.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        [Contracts] = [],
        [Core] = [Contracts],
        [Accounts] = [Core, Contracts],
        [Storage] = [Core, Contracts],
        [Plans] = [Core, Contracts],
        [Drive] = [Core, Contracts, Storage, Plans],
        [WebDav] = [Core, Contracts, Drive],
        [Sharing] = [Core, Contracts, Drive, Plans],
        [Desk] = [Core, Contracts],
        [Data] = [Core, Contracts, Accounts, Storage, Plans, Drive, WebDav, Sharing, Desk],
        [DataSqlite] = [Data, Core, Contracts, Accounts, Storage, Plans, Drive, WebDav, Sharing, Desk],
        [Client] = [Contracts],
        [Web] = [Client, Contracts],
        [Server] = [Core, Contracts, Accounts, Storage, Plans, Drive, WebDav, Sharing, Desk, Data, DataSqlite, Web],
    };

    /// <summary>Assemblies only the host may reference (data providers and the web app).</summary>
    private static readonly string[] HostOnly = [DataSqlite, Web, Server];

    public static TheoryData<string> Assemblies => new(Allowed.Keys);

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void References_only_what_the_design_allows(string assembly)
    {
        var violations = Violations(assembly, YunpanReferencesOf(assembly));
        if (violations.Count > 0)
        {
            Assert.Fail(string.Join(Environment.NewLine, violations));
        }
    }

    [Fact]
    public void Nothing_references_the_host()
    {
        var offenders = Allowed.Keys.Where(a => YunpanReferencesOf(a).Contains(Server)).ToList();
        Assert.True(offenders.Count == 0, $"{string.Join(", ", offenders)} reference(s) {Server}; only the host composes the modules.");
    }

    [Fact]
    public void Only_the_host_references_the_data_providers()
    {
        var offenders = (from a in Allowed.Keys
                         where a != Server
                         from r in YunpanReferencesOf(a)
                         where HostOnly.Contains(r)
                         select $"{a} → {r}").ToList();
        Assert.True(offenders.Count == 0, $"Only {Server} may reference {string.Join(", ", HostOnly)}: {string.Join("; ", offenders)}");
    }

    [Fact]
    public void Only_Data_its_providers_and_the_host_reference_Data()
    {
        var offenders = Allowed.Keys.Where(a => a is not (Server or DataSqlite) && YunpanReferencesOf(a).Contains(Data)).ToList();
        Assert.True(offenders.Count == 0, $"{string.Join(", ", offenders)} reference(s) {Data}; modules reach their tables through DbContext.Set<T>().");
    }

    [Fact]
    public void Every_Yunpan_assembly_has_a_rule()
    {
        // A new project must be added to the rules above, so that it cannot slip in unchecked.
        var shipped = Directory.GetFiles(AppContext.BaseDirectory, "Yunpan.*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(n => n is not null && !n.EndsWith(".Tests", StringComparison.Ordinal))
            .Select(n => n!)
            .ToList();
        var unruled = shipped.Where(n => !Allowed.ContainsKey(n)).ToList();
        Assert.True(unruled.Count == 0, $"No dependency rule for {string.Join(", ", unruled)}: add it to {nameof(ModuleDependencyTests)}.{nameof(Allowed)}.");
        var missing = Allowed.Keys.Where(n => !shipped.Contains(n)).ToList();
        Assert.True(missing.Count == 0, $"Ruled assemblies not found next to the tests (the check would pass vacuously): {string.Join(", ", missing)}.");
    }

    [Fact]
    public void The_check_names_the_offending_reference()
    {
        // The rule itself must be able to fail: Drive reaching into Accounts, or Core into Drive, is reported by name.
        var drive = Violations(Drive, [Core, Storage, Accounts]);
        Assert.Equal($"{Drive} references {Accounts}, which DESIGN §2 does not allow (allowed: {Core}, {Contracts}, {Storage}, {Plans}).", Assert.Single(drive));

        var core = Violations(Core, [Contracts, Drive, Server]);
        Assert.Equal(2, core.Count);
        Assert.Contains(core, v => v.StartsWith($"{Core} references {Drive},", StringComparison.Ordinal));
        Assert.Contains(core, v => v.StartsWith($"{Core} references {Server},", StringComparison.Ordinal));

        Assert.Single(Violations(Contracts, [Core]));
        Assert.Single(Violations(Client, [Contracts, Drive]));
        Assert.Empty(Violations(Server, [Drive, DataSqlite]));
    }

    [Fact]
    public void References_are_read_from_the_real_assemblies()
    {
        // Guards against a vacuous pass: known edges must be seen. (An assembly that uses another only for its
        // constants, as Core uses Contracts' error codes, has no reference to it once compiled; the project
        // references below cover that case.)
        Assert.Contains(Core, YunpanReferencesOf(Accounts));
        Assert.Contains(Storage, YunpanReferencesOf(Drive));
        Assert.Contains(Plans, YunpanReferencesOf(Drive));
        Assert.Contains(Drive, YunpanReferencesOf(WebDav));
        Assert.Contains(Drive, YunpanReferencesOf(Sharing));
        Assert.Contains(Contracts, YunpanReferencesOf(Client));
        Assert.Contains(Data, YunpanReferencesOf(DataSqlite));
        Assert.Contains(DataSqlite, YunpanReferencesOf(Server));
    }

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Project_references_follow_the_same_rules(string assembly)
    {
        var project = XDocument.Load(Path.Combine(RepositoryRoot(), "src", assembly, assembly + ".csproj"));
        var references = project.Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToList();
        var violations = Violations(assembly, references);
        if (violations.Count > 0)
        {
            Assert.Fail(string.Join(Environment.NewLine, violations));
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Yunpan.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Yunpan.slnx not found above {AppContext.BaseDirectory}.");
    }

    private static List<string> Violations(string assembly, IEnumerable<string> references)
    {
        var allowed = Allowed[assembly];
        return references
            .Where(r => r != assembly && !allowed.Contains(r))
            .Select(r => $"{assembly} references {r}, which DESIGN §2 does not allow (allowed: {(allowed.Length == 0 ? "no Yunpan assembly" : string.Join(", ", allowed))}).")
            .ToList();
    }

    private static HashSet<string> YunpanReferencesOf(string assembly) =>
        Assembly.Load(new AssemblyName(assembly))
            .GetReferencedAssemblies()
            .Select(r => r.Name!)
            .Where(n => n == "Yunpan" || n.StartsWith("Yunpan.", StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);
}
