using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Yunpan.Contracts.Accounts;
using Yunpan.Contracts.Errors;
using Yunpan.Server.IntegrationTests.Infrastructure;
using static Yunpan.Server.IntegrationTests.Accounts.AccountsApi;

namespace Yunpan.Server.IntegrationTests.Accounts;

/// <summary>A-4, A-5: access tokens created over HTTP Basic, listed, revoked, expiring.</summary>
public sealed class AccessTokenTests(YunpanFactory factory) : IClassFixture<YunpanFactory>
{
    private const string BasicChallenge = "Basic realm=\"yunpan\", charset=\"UTF-8\"";

    [Fact]
    public async Task Basic_with_the_email_creates_a_usable_token()
    {
        using var http = factory.NewHttpClient();
        var email = NewEmail();
        var account = await ReadAsync<AccountCreated>(await RegisterAsync(http, email, null), HttpStatusCode.Created);
        var now = factory.Clock.GetUtcNow();

        var response = await CreateTokenAsync(http, email, Password, new { name = "laptop" });

        var location = response.Headers.Location?.OriginalString;
        var token = await ReadAsync<TokenCreated>(response, HttpStatusCode.Created);
        Assert.Equal("/api/v1/auth/tokens", location);
        Assert.Equal("laptop", token.Name);
        Assert.StartsWith("yp_", token.Token, StringComparison.Ordinal);
        Assert.True(token.Token.Length >= 40, token.Token);
        Assert.Null(token.ExpiresAt);
        Assert.Equal(now, token.CreatedAt);

        using var member = BearerClient(factory, token.Token);
        Assert.Equal(account.Id, (await MeAsync(member)).Id);
    }

    [Fact]
    public async Task The_email_login_ignores_case_and_surrounding_spaces()
    {
        using var http = factory.NewHttpClient();
        var email = NewEmail();
        await AssertStatusAsync(await RegisterAsync(http, email, null), HttpStatusCode.Created);

        await AssertStatusAsync(await CreateTokenAsync(http, email.ToUpperInvariant(), Password), HttpStatusCode.Created);
        await AssertStatusAsync(await CreateTokenAsync(http, " " + email + " ", Password), HttpStatusCode.Created);
    }

    [Fact]
    public async Task Every_token_is_different()
    {
        var member = await NewEmailMemberAsync(factory);
        using var http = factory.NewHttpClient();

        var second = await ReadAsync<TokenCreated>(await CreateTokenAsync(http, member.Email!, Password), HttpStatusCode.Created);

        Assert.NotEqual(member.Token, second.Token);
        using var both = BearerClient(factory, second.Token);
        Assert.Equal(member.Id, (await MeAsync(both)).Id);
        Assert.Equal(member.Id, (await MeAsync(member.Http)).Id);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_basic_challenge_and_changes_nothing()
    {
        var member = await NewEmailMemberAsync(factory);
        using var http = factory.NewHttpClient();

        var response = await CreateTokenAsync(http, member.Email!, "wrong password!");

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, ErrorCodes.InvalidCredentials);
        Assert.Equal(BasicChallenge, response.Headers.WwwAuthenticate.ToString());
        Assert.Equal(member.Id, (await MeAsync(member.Http)).Id);
        var list = await ReadAsync<TokenList>(await member.Http.GetAsync("/api/v1/auth/tokens"), HttpStatusCode.OK);
        Assert.Single(list.Items);
    }

    [Fact]
    public async Task An_unknown_login_answers_exactly_like_a_wrong_password()
    {
        var member = await NewEmailMemberAsync(factory);
        using var http = factory.NewHttpClient();

        var unknown = await CreateTokenAsync(http, NewEmail(), Password);
        var wrong = await CreateTokenAsync(http, member.Email!, "wrong password!");

        var a = await AssertProblemAsync(unknown, HttpStatusCode.Unauthorized, ErrorCodes.InvalidCredentials);
        var b = await AssertProblemAsync(wrong, HttpStatusCode.Unauthorized, ErrorCodes.InvalidCredentials);
        Assert.Equal(b.GetProperty("detail").GetString(), a.GetProperty("detail").GetString());
        Assert.Equal(wrong.Headers.WwwAuthenticate.ToString(), unknown.Headers.WwwAuthenticate.ToString());
        await AssertProblemAsync(await CreateTokenAsync(http, NewChinaMobile(), Password), HttpStatusCode.Unauthorized, ErrorCodes.InvalidCredentials);
        await AssertProblemAsync(await CreateTokenAsync(http, "not a login", Password), HttpStatusCode.Unauthorized, ErrorCodes.InvalidCredentials);
    }

    [Fact]
    public async Task An_empty_password_is_refused()
    {
        var member = await NewEmailMemberAsync(factory);
        using var http = factory.NewHttpClient();

        await AssertProblemAsync(await CreateTokenAsync(http, member.Email!, string.Empty), HttpStatusCode.Unauthorized, ErrorCodes.InvalidCredentials);
    }

    [Fact]
    public async Task No_credentials_are_refused_with_a_basic_challenge()
    {
        using var http = factory.NewHttpClient();

        var response = await http.PostAsJsonAsync("/api/v1/auth/tokens", new { name = "tests" }, Json);

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, ErrorCodes.Unauthorized);
        Assert.Equal(BasicChallenge, response.Headers.WwwAuthenticate.ToString());
    }

    [Theory]
    [InlineData("Basic")]
    [InlineData("Basic !!!not-base64!!!")]
    [InlineData("Basic bm8tY29sb24taGVyZQ==")] // "no-colon-here"
    [InlineData("Basic OnBhc3N3b3Jk")] // ":password" (empty login)
    public async Task Malformed_basic_credentials_are_refused(string authorization)
    {
        using var http = factory.NewHttpClient();
        using var body = JsonContent.Create(new { name = "tests" }, options: Json);

        var response = await SendWithAuthorizationAsync(http, HttpMethod.Post, "/api/v1/auth/tokens", authorization, body);

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, ErrorCodes.Unauthorized);
    }

    [Fact]
    public async Task A_bearer_token_can_create_another_token_for_the_same_member()
    {
        var member = await NewEmailMemberAsync(factory);

        var created = await ReadAsync<TokenCreated>(
            await member.Http.PostAsJsonAsync("/api/v1/auth/tokens", new { name = "script" }, Json), HttpStatusCode.Created);

        using var script = BearerClient(factory, created.Token);
        Assert.Equal(member.Id, (await MeAsync(script)).Id);
    }

    [Fact]
    public async Task The_list_shows_names_and_hints_but_never_secrets()
    {
        var member = await NewEmailMemberAsync(factory);
        using var http = factory.NewHttpClient();
        var laptop = await ReadAsync<TokenCreated>(await CreateTokenAsync(http, member.Email!, Password, new { name = "laptop" }), HttpStatusCode.Created);
        var nas = await ReadAsync<TokenCreated>(await CreateTokenAsync(http, member.Email!, Password, new { name = "nas", expiresInDays = 7 }), HttpStatusCode.Created);

        var response = await member.Http.GetAsync("/api/v1/auth/tokens");

        var raw = await response.Content.ReadAsStringAsync();
        var list = await ReadJsonAsync(response, HttpStatusCode.OK);
        var items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(3, items.Count);
        Assert.Equal(["laptop", "nas", "tests"], items.Select(i => i.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        foreach (var secret in new[] { member.Token, laptop.Token, nas.Token })
        {
            Assert.DoesNotContain(secret, raw, StringComparison.Ordinal);
            Assert.DoesNotContain(secret[..20], raw, StringComparison.Ordinal);
        }

        foreach (var item in items)
        {
            Assert.False(item.TryGetProperty("token", out _));
            Assert.False(item.TryGetProperty("secretHash", out _));
        }

        var byId = items.ToDictionary(i => i.GetProperty("id").GetGuid());
        Assert.StartsWith(byId[laptop.Id].GetProperty("hint").GetString()!, laptop.Token, StringComparison.Ordinal);
        Assert.StartsWith(byId[nas.Id].GetProperty("hint").GetString()!, nas.Token, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, byId[laptop.Id].GetProperty("expiresAt").ValueKind);
        Assert.Equal(nas.ExpiresAt, byId[nas.Id].GetProperty("expiresAt").GetDateTimeOffset());
        // The token used for the listing has been seen; the others have not.
        var used = Assert.Single(items, i => i.GetProperty("name").GetString() == "tests");
        Assert.StartsWith(used.GetProperty("hint").GetString()!, member.Token, StringComparison.Ordinal);
        Assert.Equal(factory.Clock.GetUtcNow(), used.GetProperty("lastUsedAt").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, byId[laptop.Id].GetProperty("lastUsedAt").ValueKind);
    }

    [Fact]
    public async Task Each_member_sees_only_their_own_tokens()
    {
        var alice = await NewEmailMemberAsync(factory);
        var bob = await NewEmailMemberAsync(factory);

        var aliceTokens = await ReadAsync<TokenList>(await alice.Http.GetAsync("/api/v1/auth/tokens"), HttpStatusCode.OK);
        var bobTokens = await ReadAsync<TokenList>(await bob.Http.GetAsync("/api/v1/auth/tokens"), HttpStatusCode.OK);

        Assert.Single(aliceTokens.Items);
        Assert.Single(bobTokens.Items);
        Assert.NotEqual(aliceTokens.Items[0].Id, bobTokens.Items[0].Id);
    }

    [Fact]
    public async Task Listing_needs_authentication()
    {
        using var http = factory.NewHttpClient();

        await AssertProblemAsync(await http.GetAsync("/api/v1/auth/tokens"), HttpStatusCode.Unauthorized, ErrorCodes.Unauthorized);
    }

    [Fact]
    public async Task A_revoked_token_stops_working_at_once()
    {
        var member = await NewEmailMemberAsync(factory);
        using var http = factory.NewHttpClient();
        var spare = await ReadAsync<TokenCreated>(await CreateTokenAsync(http, member.Email!, Password, new { name = "spare" }), HttpStatusCode.Created);
        using var spareClient = BearerClient(factory, spare.Token);
        Assert.Equal(member.Id, (await MeAsync(spareClient)).Id);

        Assert.Equal(HttpStatusCode.NoContent, (await member.Http.DeleteAsync($"/api/v1/auth/tokens/{spare.Id}")).StatusCode);

        await AssertProblemAsync(await spareClient.GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized, ErrorCodes.Unauthorized);
        Assert.Equal(member.Id, (await MeAsync(member.Http)).Id);
        var list = await ReadAsync<TokenList>(await member.Http.GetAsync("/api/v1/auth/tokens"), HttpStatusCode.OK);
        Assert.DoesNotContain(list.Items, t => t.Id == spare.Id);
        await AssertProblemAsync(await member.Http.DeleteAsync($"/api/v1/auth/tokens/{spare.Id}"), HttpStatusCode.NotFound, ErrorCodes.NotFound);
    }

    [Fact]
    public async Task A_member_can_revoke_the_token_in_use()
    {
        var member = await NewEmailMemberAsync(factory);
        var list = await ReadAsync<TokenList>(await member.Http.GetAsync("/api/v1/auth/tokens"), HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.NoContent, (await member.Http.DeleteAsync($"/api/v1/auth/tokens/{Assert.Single(list.Items).Id}")).StatusCode);

        await AssertProblemAsync(await member.Http.GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized, ErrorCodes.Unauthorized);
    }

    [Fact]
    public async Task Another_members_token_id_is_not_found_and_stays_valid()
    {
        var alice = await NewEmailMemberAsync(factory);
        var bob = await NewEmailMemberAsync(factory);
        var bobsToken = Assert.Single((await ReadAsync<TokenList>(await bob.Http.GetAsync("/api/v1/auth/tokens"), HttpStatusCode.OK)).Items);

        var refused = await AssertProblemAsync(await alice.Http.DeleteAsync($"/api/v1/auth/tokens/{bobsToken.Id}"), HttpStatusCode.NotFound, ErrorCodes.NotFound);
        var unknown = await AssertProblemAsync(await alice.Http.DeleteAsync($"/api/v1/auth/tokens/{Guid.NewGuid()}"), HttpStatusCode.NotFound, ErrorCodes.NotFound);

        Assert.Equal(unknown.GetProperty("detail").GetString(), refused.GetProperty("detail").GetString());
        Assert.Equal(bob.Id, (await MeAsync(bob.Http)).Id);
        Assert.Single((await ReadAsync<TokenList>(await bob.Http.GetAsync("/api/v1/auth/tokens"), HttpStatusCode.OK)).Items);
    }

    [Fact]
    public async Task Revoking_needs_authentication()
    {
        var member = await NewEmailMemberAsync(factory);
        var id = Assert.Single((await ReadAsync<TokenList>(await member.Http.GetAsync("/api/v1/auth/tokens"), HttpStatusCode.OK)).Items).Id;
        using var anonymous = factory.NewHttpClient();

        await AssertProblemAsync(await anonymous.DeleteAsync($"/api/v1/auth/tokens/{id}"), HttpStatusCode.Unauthorized, ErrorCodes.Unauthorized);

        Assert.Equal(member.Id, (await MeAsync(member.Http)).Id);
    }

    [Fact]
    public async Task A_token_id_that_is_not_a_guid_is_not_found()
    {
        var member = await NewEmailMemberAsync(factory);

        await AssertProblemAsync(await member.Http.DeleteAsync("/api/v1/auth/tokens/not-a-guid"), HttpStatusCode.NotFound, ErrorCodes.NotFound);
    }

    public static TheoryData<string> ForgedAuthorizations() => new()
    {
        "Bearer yp_" + new string('A', 40), // well formed, never issued
        "Bearer yp_",
        "Bearer " + Guid.NewGuid().ToString("N"), // no yp_ prefix
        "Bearer yp_" + new string('x', 300), // absurdly long
        "Bearer ",
        "bearer yp_" + new string('B', 40),
        "Token yp_" + new string('C', 40), // unknown scheme
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("someone@example.com:" + Password)), // Basic is for /auth/tokens only
    };

    [Theory]
    [MemberData(nameof(ForgedAuthorizations))]
    public async Task Forged_or_malformed_credentials_are_refused_with_problem_json(string authorization)
    {
        using var http = factory.NewHttpClient();

        var response = await GetMeWithAsync(http, authorization);

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, ErrorCodes.Unauthorized);
        Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_with_one_character_changed_is_refused()
    {
        var member = await NewEmailMemberAsync(factory);
        var last = member.Token[^1];
        var forged = member.Token[..^1] + (last == 'A' ? 'B' : 'A');
        using var http = factory.NewHttpClient();

        await AssertProblemAsync(await GetMeWithAsync(http, "Bearer " + forged), HttpStatusCode.Unauthorized, ErrorCodes.Unauthorized);
        await AssertProblemAsync(await GetMeWithAsync(http, "Bearer " + member.Token.ToUpperInvariant()), HttpStatusCode.Unauthorized, ErrorCodes.Unauthorized);

        Assert.Equal(member.Id, (await MeAsync(member.Http)).Id);
    }

    [Fact]
    public async Task No_credentials_at_all_are_refused_with_problem_json()
    {
        using var http = factory.NewHttpClient();

        var response = await http.GetAsync("/api/v1/me");

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, ErrorCodes.Unauthorized);
        Assert.NotEmpty(response.Headers.WwwAuthenticate);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public async Task ExpiresInDays_below_one_is_refused_and_creates_nothing(int days)
    {
        var member = await NewEmailMemberAsync(factory);
        using var http = factory.NewHttpClient();

        await AssertProblemAsync(
            await CreateTokenAsync(http, member.Email!, Password, new { name = "short", expiresInDays = days }), HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);

        Assert.Single((await ReadAsync<TokenList>(await member.Http.GetAsync("/api/v1/auth/tokens"), HttpStatusCode.OK)).Items);
    }

    [Fact]
    public async Task ExpiresInDays_that_is_not_a_number_is_malformed_json()
    {
        var member = await NewEmailMemberAsync(factory);
        using var http = factory.NewHttpClient();

        await AssertProblemAsync(
            await CreateTokenAsync(http, member.Email!, Password, new { name = "x", expiresInDays = "soon" }), HttpStatusCode.BadRequest, ErrorCodes.MalformedJson);
    }

    [Fact]
    public async Task ExpiresInDays_sets_the_expiry_from_the_server_clock()
    {
        var member = await NewEmailMemberAsync(factory);
        using var http = factory.NewHttpClient();
        var now = factory.Clock.GetUtcNow();

        var token = await ReadAsync<TokenCreated>(
            await CreateTokenAsync(http, member.Email!, Password, new { name = "month", expiresInDays = 30 }), HttpStatusCode.Created);

        Assert.Equal(now.AddDays(30), token.ExpiresAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("tab\there")]
    [InlineData(null)]
    public async Task A_token_needs_a_printable_name(string? name)
    {
        var member = await NewEmailMemberAsync(factory);
        using var http = factory.NewHttpClient();

        await AssertProblemAsync(await CreateTokenAsync(http, member.Email!, Password, new { name }), HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);

        Assert.Single((await ReadAsync<TokenList>(await member.Http.GetAsync("/api/v1/auth/tokens"), HttpStatusCode.OK)).Items);
    }

    [Fact]
    public async Task A_token_name_is_at_most_100_characters()
    {
        var member = await NewEmailMemberAsync(factory);
        using var http = factory.NewHttpClient();

        await AssertProblemAsync(
            await CreateTokenAsync(http, member.Email!, Password, new { name = new string('n', 101) }), HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        var longest = await ReadAsync<TokenCreated>(
            await CreateTokenAsync(http, member.Email!, Password, new { name = "  " + new string('n', 100) + "  " }), HttpStatusCode.Created);

        Assert.Equal(new string('n', 100), longest.Name);
    }

    [Fact]
    public async Task Malformed_json_to_the_token_endpoint_is_refused()
    {
        var member = await NewEmailMemberAsync(factory);
        using var http = factory.NewHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/tokens")
        {
            Content = new StringContent("{\"name\":", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = Basic(member.Email!, Password);

        await AssertProblemAsync(await http.SendAsync(request), HttpStatusCode.BadRequest, ErrorCodes.MalformedJson);
    }

    [Fact]
    public async Task A_token_request_that_is_not_json_is_refused_and_creates_nothing()
    {
        var member = await NewEmailMemberAsync(factory);
        using var http = factory.NewHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/tokens")
        {
            Content = new StringContent("name=tests", Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.Authorization = Basic(member.Email!, Password);

        await AssertProblemAsync(await http.SendAsync(request), HttpStatusCode.UnsupportedMediaType, ErrorCodes.UnsupportedMediaType);

        Assert.Single((await ReadAsync<TokenList>(await member.Http.GetAsync("/api/v1/auth/tokens"), HttpStatusCode.OK)).Items);
    }

    [Fact]
    public async Task A_token_stops_working_when_the_clock_passes_its_expiry()
    {
        var member = await NewEmailMemberAsync(factory);
        using var http = factory.NewHttpClient();
        var day = await ReadAsync<TokenCreated>(
            await CreateTokenAsync(http, member.Email!, Password, new { name = "day", expiresInDays = 1 }), HttpStatusCode.Created);
        using var dayClient = BearerClient(factory, day.Token);
        Assert.Equal(member.Id, (await MeAsync(dayClient)).Id);

        factory.Clock.Advance(TimeSpan.FromHours(23));
        Assert.Equal(member.Id, (await MeAsync(dayClient)).Id);

        factory.Clock.Advance(TimeSpan.FromHours(1));
        await AssertProblemAsync(await dayClient.GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized, ErrorCodes.Unauthorized);

        // The permanent token is unaffected, and the expired one is still listed (and can be revoked).
        Assert.Equal(member.Id, (await MeAsync(member.Http)).Id);
        var list = await ReadAsync<TokenList>(await member.Http.GetAsync("/api/v1/auth/tokens"), HttpStatusCode.OK);
        Assert.Contains(list.Items, t => t.Id == day.Id);
        Assert.Equal(HttpStatusCode.NoContent, (await member.Http.DeleteAsync($"/api/v1/auth/tokens/{day.Id}")).StatusCode);
    }
}
