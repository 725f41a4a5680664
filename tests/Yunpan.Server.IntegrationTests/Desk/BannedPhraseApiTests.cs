using System.Net;
using System.Net.Http.Json;
using Yunpan.Contracts.Desk;
using Yunpan.Contracts.Errors;
using Yunpan.Core.Security;
using Yunpan.Server.IntegrationTests.Infrastructure;
using static Yunpan.Server.IntegrationTests.Accounts.AccountsApi;

namespace Yunpan.Server.IntegrationTests.Desk;

/// <summary>K-8 through the front door: the seeded list, checking drafts, and supervisors keeping the list.</summary>
public sealed class BannedPhraseApiTests(YunpanFactory factory) : IClassFixture<YunpanFactory>
{
    [Fact]
    public async Task The_seed_lists_are_imported_and_drafts_are_checked_through_disguises()
    {
        var admin = await Members.NewAdminAsync(factory);
        var agent = await DeskKit.AgentAsync(factory, admin);

        var list = await ReadAsync<BannedPhraseList>(await agent.Http.GetAsync("/api/v1/desk/banned-phrases"), HttpStatusCode.OK);
        Assert.True(list.Items.Count >= 60);
        Assert.Contains(list.Items, p => p.Phrase == "公司就是這樣規定的" && p.Category == "shifting-blame");
        Assert.Equal(["rebuking", "arrogant", "shifting-blame", "arguing", "impatient"], list.Categories);

        const string draft = "您好！你 問 我，我問誰？";
        var result = await ReadAsync<TextCheckResult>(await agent.Http.PostAsJsonAsync("/api/v1/desk/banned-phrases/check", new TextCheckRequest(draft)), HttpStatusCode.OK);
        Assert.False(result.Clean);
        var hit = Assert.Single(result.Hits);
        Assert.Equal(("arrogant", "你 問 我，我問誰"), (hit.Category, draft.Substring(hit.Start, hit.Length)));
        Assert.False(string.IsNullOrEmpty(hit.Suggestion));

        var clean = await ReadAsync<TextCheckResult>(await agent.Http.PostAsJsonAsync("/api/v1/desk/banned-phrases/check", new TextCheckRequest(hit.Suggestion)), HttpStatusCode.OK);
        Assert.True(clean.Clean);
    }

    [Fact]
    public async Task Supervisors_keep_the_list_and_a_change_applies_to_the_next_check()
    {
        var admin = await Members.NewAdminAsync(factory);
        var agent = await DeskKit.AgentAsync(factory, admin);
        var supervisor = await DeskKit.StaffAsync(factory, admin, Roles.Supervisor);
        var member = await Members.NewAsync(factory);
        var request = new BannedPhraseRequest("自己看说明书", "impatient", "我来一步一步为您说明。");

        await AssertProblemAsync(await member.Http.GetAsync("/api/v1/desk/banned-phrases"), HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        await AssertProblemAsync(await agent.Http.PostAsJsonAsync("/api/v1/desk/banned-phrases", request), HttpStatusCode.Forbidden, ErrorCodes.Forbidden);

        var before = await ReadAsync<BannedPhraseList>(await supervisor.Http.GetAsync("/api/v1/desk/banned-phrases"), HttpStatusCode.OK);
        var added = await ReadAsync<BannedPhraseDto>(await supervisor.Http.PostAsJsonAsync("/api/v1/desk/banned-phrases", request), HttpStatusCode.Created);
        var after = await ReadAsync<BannedPhraseList>(await supervisor.Http.GetAsync("/api/v1/desk/banned-phrases"), HttpStatusCode.OK);
        Assert.True(after.Version > before.Version);

        // Its normalized form is taken, however it is written.
        await AssertProblemAsync(await supervisor.Http.PostAsJsonAsync("/api/v1/desk/banned-phrases", request with { Phrase = "自己 看 說明書！" }),
            HttpStatusCode.Conflict, ErrorCodes.BannedPhraseExists);
        await AssertProblemAsync(await supervisor.Http.PostAsJsonAsync("/api/v1/desk/banned-phrases", request with { Phrase = "？！" }),
            HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        await AssertProblemAsync(await supervisor.Http.PostAsJsonAsync("/api/v1/desk/banned-phrases", request with { Phrase = "别的", Category = "rude" }),
            HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);

        var check = await ReadAsync<TextCheckResult>(await agent.Http.PostAsJsonAsync("/api/v1/desk/banned-phrases/check", new TextCheckRequest("请您自己看說明書")), HttpStatusCode.OK);
        Assert.Equal(added.Id, Assert.Single(check.Hits).PhraseId);

        var changed = await ReadAsync<BannedPhraseDto>(await supervisor.Http.PutAsJsonAsync($"/api/v1/desk/banned-phrases/{added.Id}", request with { Category = "arrogant" }), HttpStatusCode.OK);
        Assert.Equal("arrogant", changed.Category);

        Assert.Equal(HttpStatusCode.NoContent, (await supervisor.Http.DeleteAsync($"/api/v1/desk/banned-phrases/{added.Id}")).StatusCode);
        check = await ReadAsync<TextCheckResult>(await agent.Http.PostAsJsonAsync("/api/v1/desk/banned-phrases/check", new TextCheckRequest("请您自己看說明書")), HttpStatusCode.OK);
        Assert.True(check.Clean);
        await AssertProblemAsync(await supervisor.Http.DeleteAsync($"/api/v1/desk/banned-phrases/{added.Id}"), HttpStatusCode.NotFound, ErrorCodes.NotFound);
    }
}
