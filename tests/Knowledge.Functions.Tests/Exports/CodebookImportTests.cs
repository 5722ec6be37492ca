using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Exports;

[Collection(StorageCollection.Name)]
public sealed class CodebookImportTests(TestEnvironment env)
{
    private static readonly XNamespace C = QdaValidation.Codebook;

    [Fact]
    public async Task Importing_the_codebook_export_unchanged_proposes_no_change()
    {
        var admin = await env.ClientAsync(Principals.Admin());
        var exported = await admin.GetByteArrayAsync("/api/exports/codebook.qdc");

        var response = await admin.PostAsync("/api/exports/codebook.qdc", Xml(exported));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var proposal = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Empty(proposal["added"]!.AsArray());
        Assert.Empty(proposal["renamed"]!.AsArray());
        Assert.Empty(proposal["missing"]!.AsArray());
        Assert.Equal(XDocument.Load(new MemoryStream(exported)).Descendants(C + "Code").Count(), proposal["unchanged"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_edited_codebook_proposes_new_tags_renamed_labels_and_lists_the_missing()
    {
        var admin = await env.ClientAsync(Principals.Admin());
        var document = XDocument.Load(new MemoryStream(await admin.GetByteArrayAsync("/api/exports/codebook.qdc")));
        var codes = document.Root!.Element(C + "Codes")!;
        codes.Elements(C + "Code").Single(c => (string)c.Attribute("name")! == "Finansiering").SetAttributeValue("name", "Finansiering och kapital");
        codes.Elements(C + "Code").Single(c => (string)c.Attribute("name")! == "Generationsskifte").Remove();
        codes.Add(new XElement(C + "Code", new XAttribute("guid", Guid.NewGuid()), new XAttribute("name", "Energi och el"), new XAttribute("isCodable", "true")));

        var response = await admin.PostAsync("/api/exports/codebook.qdc", Xml(Encoding.UTF8.GetBytes(document.ToString())));

        var proposal = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var added = Assert.Single(proposal["added"]!.AsArray())!;
        Assert.Equal("energi_och_el", added["tag"]!.GetValue<string>());
        Assert.Equal("Energi och el", added["label"]!.GetValue<string>());
        var renamed = Assert.Single(proposal["renamed"]!.AsArray())!;
        Assert.Equal(("financing", "Finansiering", "Finansiering och kapital"), (renamed["tag"]!.GetValue<string>(), renamed["from"]!.GetValue<string>(), renamed["to"]!.GetValue<string>()));
        Assert.Equal(["succession"], proposal["missing"]!.AsArray().Select(m => m!.GetValue<string>()));
    }

    [Theory]
    [InlineData("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>")]
    [InlineData("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"not-a-guid\" name=\"x\" isCodable=\"true\"/></Codes></CodeBook>")]
    [InlineData("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"6c1c4f6e-2b1a-4a8e-9a47-0f3e2c1d5b7a\" name=\"x\"/></Codes></CodeBook>")]
    [InlineData("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"/>")]
    [InlineData("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes/></CodeBook>")]
    public async Task A_body_that_is_not_a_valid_codebook_is_a_bad_request_naming_the_body(string xml)
    {
        var admin = await env.ClientAsync(Principals.Admin());

        var response = await admin.PostAsync("/api/exports/codebook.qdc", Xml(Encoding.UTF8.GetBytes(xml)));

        await response.AssertFieldErrorsAsync("body");
    }

    [Fact]
    public async Task Only_admins_may_import_a_codebook()
    {
        var staff = await env.ClientAsync(Principals.Staff());
        var exported = await staff.GetByteArrayAsync("/api/exports/codebook.qdc");

        var response = await staff.PostAsync("/api/exports/codebook.qdc", Xml(exported));

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    internal static ByteArrayContent Xml(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        return content;
    }
}
