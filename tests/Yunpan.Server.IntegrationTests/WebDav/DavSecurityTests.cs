using System.Net;
using System.Text;
using Yunpan.Server.IntegrationTests.Infrastructure;

namespace Yunpan.Server.IntegrationTests.WebDav;

/// <summary>Hostile XML, strangers and lock thieves.</summary>
public sealed class DavSecurityTests(YunpanFactory factory) : IClassFixture<YunpanFactory>
{
    private const string Xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <D:propertyupdate xmlns:D="DAV:"><D:set><D:prop><x:leak xmlns:x="urn:x">&xxe;</x:leak></D:prop></D:set></D:propertyupdate>
        """;

    private const string BillionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
        <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
        <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
        <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
        <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
        <D:propfind xmlns:D="DAV:"><D:prop><D:displayname>&lol9;</D:displayname></D:prop></D:propfind>
        """;

    [Fact]
    public async Task External_entities_are_refused_and_nothing_is_stored()
    {
        var member = await Members.NewAsync(factory);
        using var http = Dav.Client(factory, member);
        using var put = await http.PutAsync("/dav/x.txt", new StringContent("x"));
        Assert.Equal(HttpStatusCode.Created, put.StatusCode);

        using var patch = await Dav.SendAsync(http, "PROPPATCH", "/dav/x.txt", Xxe);
        Assert.Equal(HttpStatusCode.BadRequest, patch.StatusCode);
        Assert.DoesNotContain("root:", await patch.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var props = await Dav.PropfindAsync(http, "/dav/x.txt", "0", """<D:propfind xmlns:D="DAV:"><D:allprop/></D:propfind>""");
        Assert.DoesNotContain("leak", props.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entity_expansion_is_refused_at_once()
    {
        var member = await Members.NewAsync(factory);
        using var http = Dav.Client(factory, member);
        var started = TimeProvider.System.GetTimestamp();
        using var response = await Dav.SendAsync(http, "PROPFIND", "/dav/", BillionLaughs, ("Depth", "0"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(TimeProvider.System.GetElapsedTime(started) < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Oversized_xml_bodies_are_refused()
    {
        var member = await Members.NewAsync(factory);
        using var http = Dav.Client(factory, member);
        var huge = new StringBuilder("""<D:propfind xmlns:D="DAV:"><D:prop>""");
        while (huge.Length < 2 * 1024 * 1024)
        {
            huge.Append("<x:p xmlns:x=\"urn:x\"/>");
        }

        using var response = await Dav.SendAsync(http, "PROPFIND", "/dav/", huge.Append("</D:prop></D:propfind>").ToString(), ("Depth", "0"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Requests_without_valid_credentials_are_challenged_for_Basic()
    {
        using var anonymous = factory.NewHttpClient();
        using var none = await Dav.SendAsync(anonymous, "PROPFIND", "/dav/", null, ("Depth", "0"));
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Contains(none.Headers.WwwAuthenticate, h => h.Scheme == "Basic");

        anonymous.DefaultRequestHeaders.Authorization = Dav.Basic("someone", "yp_not-a-real-token");
        using var wrong = await Dav.SendAsync(anonymous, "PROPFIND", "/dav/", null, ("Depth", "0"));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
    }

    [Fact]
    public async Task A_member_signs_in_with_e_mail_and_password_too()
    {
        var member = await Members.NewAsync(factory);
        using var http = factory.NewHttpClient();
        http.DefaultRequestHeaders.Authorization = Dav.Basic(member.Email, Members.Password);
        using var response = await Dav.SendAsync(http, "PROPFIND", "/dav/", null, ("Depth", "0"));
        Assert.Equal((HttpStatusCode)207, response.StatusCode);

        http.DefaultRequestHeaders.Authorization = Dav.Basic(member.Email, "wrong password");
        using var refused = await Dav.SendAsync(http, "PROPFIND", "/dav/", null, ("Depth", "0"));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task Another_members_files_are_unreachable()
    {
        var alice = await Members.NewAsync(factory);
        var bob = await Members.NewAsync(factory);
        using var a = Dav.Client(factory, alice);
        using var b = Dav.Client(factory, bob);
        using (var put = await a.PutAsync("/dav/secret.txt", new StringContent("alice's")))
        {
            Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        }

        // Bob's /dav/ is Bob's drive: Alice's file is not there.
        using (var get = await b.GetAsync("/dav/secret.txt"))
        {
            Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        }

        // Alice's Nextcloud URL, by id or by e-mail, is not Bob's to use.
        foreach (var user in new[] { alice.Id.ToString(), Uri.EscapeDataString(alice.Email) })
        {
            using var propfind = await Dav.SendAsync(b, "PROPFIND", $"/remote.php/dav/files/{user}/", null, ("Depth", "1"));
            Assert.Equal(HttpStatusCode.NotFound, propfind.StatusCode);
            using var get = await b.GetAsync($"/remote.php/dav/files/{user}/secret.txt");
            Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        }

        // A Destination outside Bob's own mount is refused, not followed.
        using (var put = await b.PutAsync("/dav/mine.txt", new StringContent("bob's")))
        {
            Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        }

        using var move = await Dav.SendAsync(b, "MOVE", "/dav/mine.txt", null, ("Destination", new Uri(factory.BaseAddress, $"remote.php/dav/files/{alice.Id}/stolen.txt").ToString()));
        Assert.Equal(HttpStatusCode.BadGateway, move.StatusCode);

        // Encoded traversal never leaves the drive (the server normalizes it away from /dav, or the path parser refuses it).
        using var traversal = await b.GetAsync("/dav/%2e%2e/%2e%2e/etc/passwd");
        Assert.False(traversal.IsSuccessStatusCode);
        using var encodedSlash = await b.GetAsync("/dav/a%2f..%2f..%2fetc%2fpasswd");
        Assert.Equal(HttpStatusCode.BadRequest, encodedSlash.StatusCode);

        using var aliceStill = await a.GetAsync("/dav/secret.txt");
        Assert.Equal("alice's", await aliceStill.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_lock_held_by_one_member_cannot_be_broken_by_another()
    {
        var alice = await Members.NewAsync(factory);
        var bob = await Members.NewAsync(factory);
        using var a = Dav.Client(factory, alice);
        using var b = Dav.Client(factory, bob);
        using (var put = await a.PutAsync("/dav/doc.txt", new StringContent("v1")))
        {
            Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        }

        using var locked = await Dav.SendAsync(a, "LOCK", "/dav/doc.txt", Dav.LockBody, ("Timeout", "Second-600"));
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        var token = locked.Headers.GetValues("Lock-Token").Single().Trim('<', '>');

        // Bob holds his own doc.txt; Alice's token means nothing on it, and he cannot unlock Alice's.
        using (var put = await b.PutAsync("/dav/doc.txt", new StringContent("bob")))
        {
            Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        }

        using (var unlock = await Dav.SendAsync(b, "UNLOCK", "/dav/doc.txt", null, ("Lock-Token", $"<{token}>")))
        {
            Assert.Equal(HttpStatusCode.Conflict, unlock.StatusCode);
        }

        using (var unlock = await Dav.SendAsync(b, "UNLOCK", $"/remote.php/dav/files/{alice.Id}/doc.txt", null, ("Lock-Token", $"<{token}>")))
        {
            Assert.Equal(HttpStatusCode.NotFound, unlock.StatusCode);
        }

        // The lock still holds: Alice's own write without the token is refused, with it accepted.
        using (var put = await a.PutAsync("/dav/doc.txt", new StringContent("v2")))
        {
            Assert.Equal((HttpStatusCode)423, put.StatusCode);
        }

        using var withToken = Dav.Request("PUT", "/dav/doc.txt", null, ("If", $"(<{token}>)"));
        withToken.Content = new StringContent("v2");
        using var accepted = await a.SendAsync(withToken);
        Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);
    }
}
