using System.Text.RegularExpressions;
using Yunpan.Server.IntegrationTests.Infrastructure;

namespace Yunpan.Server.IntegrationTests.WebDav;

/// <summary>
/// The litmus WebDAV compliance suite (all of basic, copymove, props, locks and http) against the real server:
/// every test must pass, with no warnings.
/// </summary>
public sealed partial class LitmusTests(YunpanFactory factory) : IClassFixture<YunpanFactory>
{
    [Fact]
    public async Task Litmus_passes_every_suite_without_failures_or_warnings()
    {
        var member = await Members.NewAsync(factory);
        var work = Directory.CreateTempSubdirectory("yunpan-litmus-");
        try
        {
            var result = await ExternalTool.RunAsync("litmus", "litmus", [new Uri(factory.BaseAddress, "dav/").ToString(), member.Email, member.Token],
                TimeSpan.FromMinutes(5), work.FullName);
            var summaries = Summary().Matches(result.StdOut);
            Assert.True(summaries.Count == 5, $"Expected five suite summaries:\n{result.Output}");
            var passed = summaries.Sum(m => int.Parse(m.Groups["passed"].Value, System.Globalization.CultureInfo.InvariantCulture));
            var failed = summaries.Sum(m => int.Parse(m.Groups["failed"].Value, System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(failed == 0 && result.ExitCode == 0, $"litmus: {failed} failed\n{result.Output}");
            Assert.True(passed >= 104, $"litmus ran only {passed} tests:\n{result.Output}");
            Assert.DoesNotContain("WARNING", result.StdOut, StringComparison.Ordinal);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [GeneratedRegex(@"summary for `\w+': of \d+ tests run: (?<passed>\d+) passed, (?<failed>\d+) failed")]
    private static partial Regex Summary();
}
