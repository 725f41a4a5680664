using System.Net;
using System.Net.Http.Json;
using Yunpan.Contracts.Errors;
using Yunpan.Server.IntegrationTests.Infrastructure;
using static Yunpan.Server.IntegrationTests.Accounts.AccountsApi;

namespace Yunpan.Server.IntegrationTests.Accounts;

/// <summary>A-2: the e-mail address is verified with a mailed code and can never be changed once set.</summary>
public sealed class EmailVerificationTests(YunpanFactory factory) : IClassFixture<YunpanFactory>
{
    [Fact]
    public async Task Registration_mails_a_six_digit_code_to_the_address()
    {
        var member = await NewEmailMemberAsync(factory);

        var mail = File.ReadAllText(Assert.Single(MailsTo(factory, member.Email!)));

        Assert.Matches(@"(?m)^Subject: Yunpan verification code: \d{6}\r?$", mail);
        Assert.Matches(@"(?m)^From: .*no-reply@yunpan\.local", mail);
        Assert.Matches(@"^\d{6}$", LatestMailCode(factory, member.Email!));
        Assert.False((await MeAsync(member.Http)).EmailVerified);
    }

    [Fact]
    public async Task A_wrong_code_is_refused_and_the_address_stays_unverified()
    {
        var member = await NewEmailMemberAsync(factory);
        var right = LatestMailCode(factory, member.Email!);

        await AssertProblemAsync(await VerifyAsync(member, WrongCode(right)), HttpStatusCode.BadRequest, ErrorCodes.InvalidCode);
        await AssertProblemAsync(await VerifyAsync(member, string.Empty), HttpStatusCode.BadRequest, ErrorCodes.InvalidCode);
        await AssertProblemAsync(await VerifyAsync(member, "not a code"), HttpStatusCode.BadRequest, ErrorCodes.InvalidCode);

        Assert.False((await MeAsync(member.Http)).EmailVerified);
    }

    [Fact]
    public async Task The_right_code_verifies_the_address()
    {
        var member = await NewEmailMemberAsync(factory);
        var code = LatestMailCode(factory, member.Email!);

        Assert.Equal(HttpStatusCode.NoContent, (await VerifyAsync(member, $" {code} ")).StatusCode);

        var me = await MeAsync(member.Http);
        Assert.True(me.EmailVerified);
        Assert.Equal(member.Email, me.Email);
        // Verifying again is harmless; asking for another code is pointless and refused.
        Assert.Equal(HttpStatusCode.NoContent, (await VerifyAsync(member, code)).StatusCode);
        await AssertProblemAsync(await member.Http.PostAsync("/api/v1/me/email/code", null), HttpStatusCode.Conflict, ErrorCodes.EmailAlreadyVerified);
        Assert.Single(MailsTo(factory, member.Email!));
    }

    [Fact]
    public async Task A_code_for_one_member_does_not_verify_another()
    {
        var alice = await NewEmailMemberAsync(factory);
        var bob = await NewEmailMemberAsync(factory);
        var alicesCode = LatestMailCode(factory, alice.Email!);
        var bobsCode = LatestMailCode(factory, bob.Email!);
        Assert.NotEqual(alicesCode, bobsCode); // one chance in a million

        await AssertProblemAsync(await VerifyAsync(bob, alicesCode), HttpStatusCode.BadRequest, ErrorCodes.InvalidCode);

        Assert.False((await MeAsync(bob.Http)).EmailVerified);
        Assert.False((await MeAsync(alice.Http)).EmailVerified);
    }

    [Fact]
    public async Task A_new_code_can_be_requested_and_verifies()
    {
        var member = await NewEmailMemberAsync(factory);

        Assert.Equal(HttpStatusCode.Accepted, (await member.Http.PostAsync("/api/v1/me/email/code", null)).StatusCode);

        Assert.Equal(2, MailsTo(factory, member.Email!).Count);
        Assert.Equal(HttpStatusCode.NoContent, (await VerifyAsync(member, LatestMailCode(factory, member.Email!))).StatusCode);
        Assert.True((await MeAsync(member.Http)).EmailVerified);
    }

    [Fact]
    public async Task Verification_needs_authentication()
    {
        var member = await NewEmailMemberAsync(factory);
        using var anonymous = factory.NewHttpClient();

        await AssertProblemAsync(
            await anonymous.PostAsJsonAsync("/api/v1/me/email/verify", new { code = LatestMailCode(factory, member.Email!) }, Json), HttpStatusCode.Unauthorized, ErrorCodes.Unauthorized);

        Assert.False((await MeAsync(member.Http)).EmailVerified);
    }

    [Fact]
    public async Task The_registration_email_cannot_be_changed()
    {
        var member = await NewEmailMemberAsync(factory);
        var other = NewEmail();

        await AssertProblemAsync(await SetEmailAsync(member, other), HttpStatusCode.Conflict, ErrorCodes.EmailImmutable);
        await AssertProblemAsync(await SetEmailAsync(member, member.Email!.ToUpperInvariant()), HttpStatusCode.Conflict, ErrorCodes.EmailImmutable);

        Assert.Equal(member.Email, (await MeAsync(member.Http)).Email);
        Assert.Empty(MailsTo(factory, other));
    }

    [Fact]
    public async Task A_verified_email_cannot_be_changed_either()
    {
        var member = await NewEmailMemberAsync(factory);
        Assert.Equal(HttpStatusCode.NoContent, (await VerifyAsync(member, LatestMailCode(factory, member.Email!))).StatusCode);

        await AssertProblemAsync(await SetEmailAsync(member, NewEmail()), HttpStatusCode.Conflict, ErrorCodes.EmailImmutable);

        var me = await MeAsync(member.Http);
        Assert.Equal(member.Email, me.Email);
        Assert.True(me.EmailVerified);
    }

    [Fact]
    public async Task A_phone_member_may_add_an_email_once()
    {
        var member = await NewPhoneMemberAsync(factory);
        var email = NewEmail();

        Assert.Equal(HttpStatusCode.NoContent, (await SetEmailAsync(member, $" {email} ")).StatusCode);

        var me = await MeAsync(member.Http);
        Assert.Equal(email, me.Email);
        Assert.False(me.EmailVerified);
        Assert.Equal(member.Phone, me.Phone);
        var code = LatestMailCode(factory, email);

        // Once set, it is the registration e-mail: it never changes.
        var other = NewEmail();
        await AssertProblemAsync(await SetEmailAsync(member, other), HttpStatusCode.Conflict, ErrorCodes.EmailImmutable);
        Assert.Equal(email, (await MeAsync(member.Http)).Email);
        Assert.Empty(MailsTo(factory, other));

        // It verifies, and it signs in.
        Assert.Equal(HttpStatusCode.NoContent, (await VerifyAsync(member, code)).StatusCode);
        Assert.True((await MeAsync(member.Http)).EmailVerified);
        using var http = factory.NewHttpClient();
        await AssertStatusAsync(await CreateTokenAsync(http, email, Password), HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_phone_member_cannot_take_another_accounts_email()
    {
        var owner = await NewEmailMemberAsync(factory);
        var member = await NewPhoneMemberAsync(factory);

        await AssertProblemAsync(await SetEmailAsync(member, owner.Email!.ToUpperInvariant()), HttpStatusCode.Conflict, ErrorCodes.AccountExists);

        Assert.Null((await MeAsync(member.Http)).Email);
        Assert.Single(MailsTo(factory, owner.Email!));
    }

    [Fact]
    public async Task Phone_members_adding_one_email_at_once_get_it_for_one_account()
    {
        var members = new List<AccountsMember>();
        for (var i = 0; i < 4; i++)
        {
            members.Add(await NewPhoneMemberAsync(factory));
        }

        var email = NewEmail();

        var responses = await Task.WhenAll(members.Select(m => SetEmailAsync(m, email)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.NoContent);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.NoContent))
        {
            await AssertProblemAsync(refused, HttpStatusCode.Conflict, ErrorCodes.AccountExists);
        }

        var emails = new List<string?>();
        foreach (var member in members)
        {
            emails.Add((await MeAsync(member.Http)).Email);
        }

        Assert.Single(emails, e => e == email);
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("")]
    [InlineData("x@localhost")]
    public async Task A_phone_member_cannot_add_an_invalid_email(string email)
    {
        var member = await NewPhoneMemberAsync(factory);

        await AssertProblemAsync(await SetEmailAsync(member, email), HttpStatusCode.BadRequest, ErrorCodes.InvalidEmail);

        Assert.Null((await MeAsync(member.Http)).Email);
    }

    [Fact]
    public async Task Without_an_email_there_is_nothing_to_verify()
    {
        var member = await NewPhoneMemberAsync(factory);

        await AssertProblemAsync(await member.Http.PostAsync("/api/v1/me/email/code", null), HttpStatusCode.Conflict, ErrorCodes.NoEmail);
        await AssertProblemAsync(await VerifyAsync(member, "123456"), HttpStatusCode.Conflict, ErrorCodes.NoEmail);
    }

    private static Task<HttpResponseMessage> VerifyAsync(AccountsMember member, string code) =>
        member.Http.PostAsJsonAsync("/api/v1/me/email/verify", new { code }, Json);

    private static Task<HttpResponseMessage> SetEmailAsync(AccountsMember member, string email) =>
        member.Http.PostAsJsonAsync("/api/v1/me/email", new { email }, Json);
}
