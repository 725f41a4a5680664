using System.Diagnostics;

namespace Yunpan.Testing;

/// <summary>Waits for a server process to answer. A slow first answer (start-up on a busy machine) is "not yet", not a
/// failure: each probe has its own timeout and the wait goes on until the overall deadline.</summary>
internal static class ServerReadiness
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(10);

    public static async Task WaitAsync(Process process, Func<string> output, Func<CancellationToken, Task<bool>> answers, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(process.HasExited, $"The server exited with {(process.HasExited ? process.ExitCode : 0)} at start:{Environment.NewLine}{output()}");
            using var probe = new CancellationTokenSource(ProbeTimeout);
            try
            {
                if (await answers(probe.Token))
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException || (e is OperationCanceledException && probe.IsCancellationRequested))
            {
                // Not listening, or not answering yet.
            }

            await Task.Delay(200);
        }

        Assert.Fail($"The server did not answer within {within.TotalSeconds:0} s:{Environment.NewLine}{output()}");
    }
}
