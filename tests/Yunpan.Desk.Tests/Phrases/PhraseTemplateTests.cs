using Yunpan.Desk.Phrases;

namespace Yunpan.Desk.Tests.Phrases;

public sealed class PhraseTemplateTests
{
    [Fact]
    public void Fills_the_variables_it_has_and_leaves_the_others_for_the_agent()
    {
        var text = PhraseTemplate.Render("{customerName}，{greeting}！工单号 {caseNumber}，{promisedHours} 小时内答复。",
            new Dictionary<string, string> { ["customerName"] = "张伟", ["greeting"] = "早上好" });
        Assert.Equal("张伟，早上好！工单号 {caseNumber}，{promisedHours} 小时内答复。", text);
    }

    [Fact]
    public void Names_unknown_variables() =>
        Assert.Equal(["name", "hours"], PhraseTemplate.Unknown("{name} {greeting} {hours} {name}"));

    [Fact]
    public void Every_seed_phrase_uses_only_known_variables_and_every_situation_has_one()
    {
        var rows = PhraseSeed.Rows(DateTimeOffset.UnixEpoch).ToList();
        Assert.All(rows, p => Assert.Empty(PhraseTemplate.Unknown(p.Text)));
        Assert.Equal(Enum.GetValues<PhraseSituation>().Order(), rows.Select(p => p.Situation).Distinct().Order());
    }

    [Theory]
    [InlineData(2, "2")]
    [InlineData(12, "12")]
    [InlineData(0.5, "0.5")]
    public void Hours_read_naturally(double hours, string expected) => Assert.Equal(expected, PhraseTemplate.Hours(TimeSpan.FromHours(hours)));
}
