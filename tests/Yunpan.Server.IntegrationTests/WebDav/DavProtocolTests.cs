using System.Net;
using System.Xml.Linq;
using Yunpan.Server.IntegrationTests.Infrastructure;

namespace Yunpan.Server.IntegrationTests.WebDav;

/// <summary>What litmus does not cover: finite depth, quota, ETags of folders, the trash, the Nextcloud properties.</summary>
public sealed class DavProtocolTests(SmallPlanFactory factory) : IClassFixture<SmallPlanFactory>
{
    [Fact]
    public async Task Propfind_of_infinite_depth_is_refused_with_the_RFC_condition()
    {
        var member = await Members.NewAsync(factory);
        using var http = Dav.Client(factory, member);
        using var response = await Dav.SendAsync(http, "PROPFIND", "/dav/", null, ("Depth", "infinity"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var error = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.NotNull(error.Root!.Element(Dav.D + "propfind-finite-depth"));
    }

    [Fact]
    public async Task Options_announces_class_2_and_authoring_over_DAV()
    {
        var member = await Members.NewAsync(factory);
        using var http = Dav.Client(factory, member);
        using var response = await Dav.SendAsync(http, "OPTIONS", "/dav/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1, 2", response.Headers.GetValues("DAV").Single());
        Assert.Equal("DAV", response.Headers.GetValues("MS-Author-Via").Single());
    }

    [Fact]
    public async Task Puts_beyond_the_plans_file_limit_answer_413_and_beyond_the_quota_507()
    {
        var member = await Members.NewAsync(factory);
        using var http = Dav.Client(factory, member);
        using (var tooLarge = await http.PutAsync("/dav/huge.bin", new ByteArrayContent(new byte[SmallPlanFactory.MaxUpload + 1])))
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        }

        using (var first = await http.PutAsync("/dav/a.bin", new ByteArrayContent(new byte[1_800_000])))
        {
            Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        }

        using (var second = await http.PutAsync("/dav/b.bin", new ByteArrayContent(new byte[1_800_000])))
        {
            Assert.Equal(HttpStatusCode.InsufficientStorage, second.StatusCode);
        }

        var quota = await Dav.PropfindAsync(http, "/dav/", "0",
            """<D:propfind xmlns:D="DAV:"><D:prop><D:quota-used-bytes/><D:quota-available-bytes/></D:prop></D:propfind>""");
        Assert.Equal("1800000", Dav.Prop(quota, "/dav/", Dav.D + "quota-used-bytes"));
        Assert.Equal("1200000", Dav.Prop(quota, "/dav/", Dav.D + "quota-available-bytes"));

        using var gone = await http.GetAsync("/dav/b.bin");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Folder_ETags_change_when_anything_below_changes_and_file_ETags_with_the_content()
    {
        var member = await Members.NewAsync(factory);
        using var http = Dav.Client(factory, member);
        foreach (var folder in new[] { "/dav/a/", "/dav/a/b/", "/dav/other/" })
        {
            using var mkcol = await Dav.SendAsync(http, "MKCOL", folder);
            Assert.Equal(HttpStatusCode.Created, mkcol.StatusCode);
        }

        using (var put = await http.PutAsync("/dav/a/b/f.txt", new StringContent("one")))
        {
            Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        }

        async Task<Dictionary<string, string?>> ETagsAsync()
        {
            var list = await Dav.PropfindAsync(http, "/dav/", "1", """<D:propfind xmlns:D="DAV:"><D:prop><D:getetag/></D:prop></D:propfind>""");
            var deep = await Dav.PropfindAsync(http, "/dav/a/b/", "1", """<D:propfind xmlns:D="DAV:"><D:prop><D:getetag/></D:prop></D:propfind>""");
            return new Dictionary<string, string?>
            {
                ["root"] = Dav.Prop(list, "/dav/", Dav.D + "getetag"),
                ["a"] = Dav.Prop(list, "/dav/a/", Dav.D + "getetag"),
                ["other"] = Dav.Prop(list, "/dav/other/", Dav.D + "getetag"),
                ["b"] = Dav.Prop(deep, "/dav/a/b/", Dav.D + "getetag"),
                ["f"] = Dav.Prop(deep, "/dav/a/b/f.txt", Dav.D + "getetag"),
            };
        }

        var before = await ETagsAsync();
        using (var put = await http.PutAsync("/dav/a/b/f.txt", new StringContent("two")))
        {
            Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        }

        var after = await ETagsAsync();
        foreach (var changed in new[] { "root", "a", "b", "f" })
        {
            Assert.NotEqual(before[changed], after[changed]);
        }

        Assert.Equal(before["other"], after["other"]);

        // A rename deep down changes the ancestors' ETags too (and both sides of a move).
        using (var move = await Dav.SendAsync(http, "MOVE", "/dav/a/b/f.txt", null, ("Destination", "/dav/other/g.txt")))
        {
            Assert.Equal(HttpStatusCode.Created, move.StatusCode);
        }

        var moved = await ETagsAsync();
        Assert.NotEqual(after["b"], moved["b"]);
        Assert.NotEqual(after["other"], moved["other"]);
        Assert.NotEqual(after["root"], moved["root"]);
    }

    [Fact]
    public async Task Delete_moves_to_the_trash_and_the_Nextcloud_properties_describe_files()
    {
        var member = await Members.NewAsync(factory);
        using var http = Dav.Client(factory, member);
        using (var put = await http.PutAsync($"/remote.php/dav/files/{member.Id}/报告 🎉.txt", new StringContent("hello")))
        {
            Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        }

        var href = $"/remote.php/dav/files/{member.Id}/{Uri.EscapeDataString("报告 🎉.txt")}";
        var props = await Dav.PropfindAsync(http, $"/remote.php/dav/files/{member.Id}/", "1", """
            <d:propfind xmlns:d="DAV:" xmlns:oc="http://owncloud.org/ns"><d:prop><oc:fileid/><oc:permissions/><oc:size/><oc:checksums/><d:getetag/></d:prop></d:propfind>
            """);
        Assert.True(long.Parse(Dav.Prop(props, href, Dav.Oc + "fileid")!, System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal("DNVW", Dav.Prop(props, href, Dav.Oc + "permissions"));
        Assert.Equal("5", Dav.Prop(props, href, Dav.Oc + "size"));
        Assert.Equal("5", Dav.Prop(props, $"/remote.php/dav/files/{member.Id}/", Dav.Oc + "size"));
        Assert.StartsWith("SHA256:2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", Dav.Prop(props, href, Dav.Oc + "checksums"), StringComparison.Ordinal);

        using (var delete = await http.DeleteAsync(href))
        {
            Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        }

        using var trash = await member.Http.GetAsync("/api/v1/trash");
        using var items = System.Text.Json.JsonDocument.Parse(await trash.Content.ReadAsStringAsync());
        Assert.Contains(items.RootElement.GetProperty("items").EnumerateArray(), i => i.GetProperty("name").GetString() == "报告 🎉.txt");
    }

    [Fact]
    public async Task Propfind_escapes_names_and_answers_allprop_propname_and_unknown_properties()
    {
        var member = await Members.NewAsync(factory);
        using var http = Dav.Client(factory, member);
        const string name = "a&b <c> \"d\" 'é' 100%.txt";
        var href = "/dav/" + Uri.EscapeDataString(name);
        using (var put = await http.PutAsync(href, new StringContent("hello")))
        {
            Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        }

        using (var mkcol = await Dav.SendAsync(http, "MKCOL", "/dav/x&y/"))
        {
            Assert.Equal(HttpStatusCode.Created, mkcol.StatusCode);
        }

        using (var patch = await Dav.SendAsync(http, "PROPPATCH", href, """
            <D:propertyupdate xmlns:D="DAV:" xmlns:Z="urn:z"><D:set><D:prop><Z:note xml:lang="en">a &amp; b</Z:note></D:prop></D:set></D:propertyupdate>
            """))
        {
            Assert.Equal(HttpStatusCode.MultiStatus, patch.StatusCode);
        }

        XNamespace z = "urn:z";
        var all = await Dav.PropfindAsync(http, "/dav/", "1", """<D:propfind xmlns:D="DAV:"><D:allprop/></D:propfind>""");
        Assert.Equal(name, Dav.Prop(all, href, Dav.D + "displayname"));
        Assert.Equal("5", Dav.Prop(all, href, Dav.D + "getcontentlength"));
        Assert.Equal("a & b", Dav.Prop(all, href, z + "note"));
        Assert.Equal("x&y", Dav.Prop(all, "/dav/x%26y/", Dav.D + "displayname"));
        Assert.NotNull(all.Descendants(Dav.D + "response").Single(r => (string?)r.Element(Dav.D + "href") == "/dav/x%26y/").Descendants(Dav.D + "collection").SingleOrDefault());
        var modified = Dav.Prop(all, href, Dav.D + "getlastmodified")!;
        Assert.Equal(modified, DateTimeOffset.ParseExact(modified, "r", System.Globalization.CultureInfo.InvariantCulture).ToString("r", System.Globalization.CultureInfo.InvariantCulture));

        var names = await Dav.PropfindAsync(http, href, "0", """<D:propfind xmlns:D="DAV:"><D:propname/></D:propfind>""");
        var listed = names.Descendants(Dav.D + "prop").Single().Elements().Select(e => e.Name).ToList();
        Assert.Contains(Dav.D + "getetag", listed);
        Assert.Contains(z + "note", listed);
        Assert.All(names.Descendants(Dav.D + "prop").Single().Elements(), e => Assert.True(e.IsEmpty));

        var named = await Dav.PropfindAsync(http, "/dav/x%26y/", "0", """
            <D:propfind xmlns:D="DAV:" xmlns:Q="urn:q"><D:prop><D:displayname/><D:getcontentlength/><Q:missing/></D:prop></D:propfind>
            """);
        var propstats = named.Descendants(Dav.D + "propstat").ToList();
        Assert.Equal(2, propstats.Count);
        Assert.Equal("HTTP/1.1 404 Not Found", propstats[1].Element(Dav.D + "status")!.Value);
        Assert.Equal(
            [Dav.D + "getcontentlength", XName.Get("missing", "urn:q")],
            propstats[1].Element(Dav.D + "prop")!.Elements().Select(e => e.Name));
    }
}
