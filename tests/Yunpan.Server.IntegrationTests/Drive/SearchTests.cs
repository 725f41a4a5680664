using System.Net;
using System.Net.Http.Json;
using System.Text;
using Yunpan.Contracts.Drive;
using Yunpan.Server.IntegrationTests.Infrastructure;

namespace Yunpan.Server.IntegrationTests.Drive;

/// <summary>D-7: GET /api/v1/search?q= — by name, case-insensitive, every word must match, live items only, paginated.</summary>
public sealed class SearchTests(YunpanFactory factory) : IClassFixture<YunpanFactory>
{
    private static async Task<SearchResults> SearchAsync(Member member, string q, int? offset = null, int? limit = null)
    {
        var results = await member.Client.SearchAsync(q, offset, limit);
        Assert.Equal(q.Trim(), results.Query);
        return results;
    }

    private static string[] Paths(SearchResults results) => results.Items.Select(i => i.Path).Order(StringComparer.Ordinal).ToArray();

    private static async Task<Member> MemberWithTreeAsync(YunpanFactory factory)
    {
        var member = await Members.NewAsync(factory);
        foreach (var path in new[]
        {
            "/Reports/Annual Report 2025.pdf",
            "/Reports/2026/annual-REPORT-draft.docx",
            "/Reports/2026/Budget.xlsx",
            "/Photos/Holiday Beach.JPG",
            "/Photos/beach/sunset.png",
            "/报告/年度报告 2026.pdf",
            "/Straße/GRÜN report.txt",
        })
        {
            await member.Client.UploadAsync(path, new MemoryStream(Encoding.UTF8.GetBytes(path)), parents: true);
        }

        return member;
    }

    [Fact]
    public async Task Search_matches_names_case_insensitively_across_the_whole_tree()
    {
        var member = await MemberWithTreeAsync(factory);

        Assert.Equal(["/Reports", "/Reports/2026/annual-REPORT-draft.docx", "/Reports/Annual Report 2025.pdf", "/Straße/GRÜN report.txt"],
            Paths(await SearchAsync(member, "report")));
        Assert.Equal(Paths(await SearchAsync(member, "report")), Paths(await SearchAsync(member, "RePoRt")));
        Assert.Equal(["/Photos/Holiday Beach.JPG", "/Photos/beach"], Paths(await SearchAsync(member, "BEACH")));
        Assert.Equal(["/Straße/GRÜN report.txt"], Paths(await SearchAsync(member, "grün")));
        Assert.Equal(["/Straße"], Paths(await SearchAsync(member, "STRAẞE".ToLowerInvariant())));
        Assert.Equal(["/报告", "/报告/年度报告 2026.pdf"], Paths(await SearchAsync(member, "报告")));
        Assert.Equal(["/Photos/Holiday Beach.JPG"], Paths(await SearchAsync(member, ".jpg")));
    }

    [Fact]
    public async Task Every_word_of_the_query_must_match()
    {
        var member = await MemberWithTreeAsync(factory);

        Assert.Equal(["/Reports/2026/annual-REPORT-draft.docx", "/Reports/Annual Report 2025.pdf"], Paths(await SearchAsync(member, "annual report")));
        Assert.Equal(["/Reports/Annual Report 2025.pdf"], Paths(await SearchAsync(member, "  report   annual 2025 ")));
        Assert.Equal(["/报告/年度报告 2026.pdf"], Paths(await SearchAsync(member, "2026 年度")));
        Assert.Empty((await SearchAsync(member, "annual budget")).Items);
    }

    [Fact]
    public async Task Results_carry_the_node_and_folders_come_first()
    {
        var member = await MemberWithTreeAsync(factory);

        var results = await SearchAsync(member, "2026");

        Assert.Equal(2, results.Total);
        Assert.Equal(NodeKinds.Folder, results.Items[0].Kind);
        Assert.Equal("/Reports/2026", results.Items[0].Path);
        var file = results.Items.Single(i => i.Name == "年度报告 2026.pdf");
        Assert.Equal(NodeKinds.File, file.Kind);
        Assert.Equal((await member.Client.StatAsync("/报告/年度报告 2026.pdf")).Id, file.Id);
    }

    [Fact]
    public async Task Trashed_items_and_everything_inside_trashed_folders_are_not_found()
    {
        var member = await MemberWithTreeAsync(factory);

        await member.Client.DeleteAsync("/Reports/Annual Report 2025.pdf");
        await member.Client.DeleteAsync("/Photos");

        Assert.Equal(["/Reports", "/Reports/2026/annual-REPORT-draft.docx", "/Straße/GRÜN report.txt"], Paths(await SearchAsync(member, "report")));
        Assert.Empty((await SearchAsync(member, "beach")).Items);
        Assert.Empty((await SearchAsync(member, "sunset")).Items);

        await member.Client.RestoreAsync((await member.Client.TrashAsync()).Items.Single(i => i.OriginalPath == "/Photos").Id);
        Assert.Equal(["/Photos/beach/sunset.png"], Paths(await SearchAsync(member, "sunset")));
    }

    [Fact]
    public async Task Moved_and_renamed_items_are_found_under_their_new_names()
    {
        var member = await MemberWithTreeAsync(factory);

        await member.Client.RenameAsync("/Reports/2026/Budget.xlsx", "Forecast.xlsx");
        await member.Client.MoveAsync("/Photos/beach", "/Reports/seaside");

        Assert.Empty((await SearchAsync(member, "budget")).Items);
        Assert.Equal(["/Reports/2026/Forecast.xlsx"], Paths(await SearchAsync(member, "forecast")));
        Assert.Equal(["/Reports/seaside/sunset.png"], Paths(await SearchAsync(member, "sunset")));
    }

    [Fact]
    public async Task Search_is_paginated()
    {
        var member = await Members.NewAsync(factory);
        for (var i = 0; i < 23; i++)
        {
            await member.Client.CreateFolderAsync($"/data/needle {i:00}/other", parents: true);
        }

        var pages = new List<SearchResults>();
        for (var offset = 0; offset < 23; offset += 10)
        {
            pages.Add(await SearchAsync(member, "NEEDLE", offset, 10));
        }

        Assert.All(pages, p => Assert.Equal(23, p.Total));
        Assert.Equal([10, 10, 3], pages.Select(p => p.Items.Count));
        var all = pages.SelectMany(p => p.Items).Select(i => i.Path).ToList();
        Assert.Equal(23, all.Distinct().Count());
        Assert.Equal(Enumerable.Range(0, 23).Select(i => $"/data/needle {i:00}"), all);
        Assert.Empty((await SearchAsync(member, "needle", 30, 10)).Items);
    }

    [Fact]
    public async Task Wildcards_in_the_query_are_literal()
    {
        var member = await Members.NewAsync(factory);
        foreach (var name in new[] { "100% sure.txt", "100 percent.txt", "snake_case.txt", "snakeXcase.txt" })
        {
            await member.Client.UploadAsync("/" + name, new MemoryStream([1]));
        }

        Assert.Equal(["/100% sure.txt"], Paths(await SearchAsync(member, "100%")));
        Assert.Equal(["/snake_case.txt"], Paths(await SearchAsync(member, "e_c")));
        Assert.Equal(["/100% sure.txt"], Paths(await SearchAsync(member, "%")));
        Assert.Equal(["/snake_case.txt"], Paths(await SearchAsync(member, "_")));
    }

    [Fact]
    public async Task A_decomposed_query_finds_a_composed_name()
    {
        var member = await Members.NewAsync(factory);
        await member.Client.UploadAsync("/Café menu.txt", new MemoryStream([1]));

        var results = await SearchAsync(member, "cafe\u0301");

        Assert.Equal(["/Café menu.txt"], Paths(results));
    }

    [Theory]
    [InlineData("%EF%BF%BE")]
    [InlineData("%ED%A0%80")]
    [InlineData("%C0%AE%C0%AE")]
    public async Task Odd_characters_in_a_query_find_nothing_and_break_nothing(string query)
    {
        var member = await MemberWithTreeAsync(factory);

        using var response = await member.Http.GetAsync("/api/v1/search?q=" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty((await response.Content.ReadFromJsonAsync<SearchResults>())!.Items);
    }

    [Fact]
    public async Task Another_members_files_are_never_found()
    {
        var owner = await MemberWithTreeAsync(factory);
        var other = await Members.NewAsync(factory);
        await other.Client.UploadAsync("/mine.txt", new MemoryStream([1]));

        Assert.Empty((await SearchAsync(other, "report")).Items);
        Assert.Empty((await SearchAsync(owner, "mine")).Items);
        Assert.Equal(["/mine.txt"], Paths(await SearchAsync(other, "mine")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("q=")]
    [InlineData("q=%20%20")]
    [InlineData("q=x&limit=0")]
    [InlineData("q=x&offset=-5")]
    [InlineData("q=x&limit=100000")]
    [InlineData("q=%00")]
    [InlineData("q=report%00")]
    [InlineData("q=annual%09report")]
    public async Task An_empty_query_control_characters_or_bad_paging_are_400_validation_failed(string query)
    {
        var member = await Members.NewAsync(factory);

        using var response = await member.Http.GetAsync("/api/v1/search?" + query);

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task An_overlong_query_is_400()
    {
        var member = await Members.NewAsync(factory);

        using var response = await member.Http.GetAsync("/api/v1/search?q=" + new string('a', 201));

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "validation_failed");
        var ok = await member.Http.GetFromJsonAsync<SearchResults>("/api/v1/search?q=" + new string('a', 200));
        Assert.Empty(ok!.Items);
    }
}
