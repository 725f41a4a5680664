using System.Diagnostics;
using System.Globalization;
using Yunpan.Desk.BannedPhrases;

// K-8 bench: 10,000 banned phrases against a 2,000-character message, normalization included.
// Run: dotnet run -c Release --project bench/Yunpan.Desk.Bench
const int Patterns = 10_000;
const int MessageLength = 2_000;
const int Rounds = 2_000;

var random = new Random(20261129);
string Chinese(int length) => new([.. Enumerable.Range(0, length).Select(_ => (char)random.Next(0x4E00, 0x4E00 + 3000))]);

var seed = BannedPhraseSeed.Rows(DateTimeOffset.UnixEpoch).ToList();
var phrases = seed.Select(p => p.Normalized).Concat(Enumerable.Range(0, Patterns).Select(_ => Chinese(random.Next(2, 9)))).Distinct().Take(Patterns).ToList();

// A message of ordinary characters with punctuation and spaces, and one seed phrase disguised near the end.
var message = string.Concat(Enumerable.Range(0, MessageLength / 10).Select(_ => Chinese(8) + "， "))[..(MessageLength - 10)] + "你 問 我，我問誰！";

var build = Stopwatch.StartNew();
var matcher = new PhraseMatcher<string>(phrases.Select(p => (p, p)));
build.Stop();

for (var i = 0; i < 200; i++)
{
    Check();
}

var times = new double[Rounds];
for (var i = 0; i < Rounds; i++)
{
    var one = Stopwatch.GetTimestamp();
    Check();
    times[i] = Stopwatch.GetElapsedTime(one).TotalMicroseconds;
}

Array.Sort(times);
var hits = matcher.FindAll(TextNormalizer.Normalize(message).Text);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"banned-phrase check: {matcher.Count} patterns, {message.Length}-character message, {hits.Count} hit(s)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  build: {build.Elapsed.TotalMilliseconds:F1} ms (once per list version)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"  check: median {times[Rounds / 2]:F1} µs, p99 {times[Rounds * 99 / 100]:F1} µs over {Rounds} rounds (normalize + match)"));

void Check()
{
    var normalized = TextNormalizer.Normalize(message);
    if (matcher.FindAll(normalized.Text).Count == 0)
    {
        throw new InvalidOperationException("the disguised phrase was not found");
    }
}
