using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Exports;

[Collection(StorageCollection.Name)]
public sealed class CodebookExportTests(TestEnvironment env)
{
    private static readonly XNamespace C = QdaValidation.Codebook;

    [Fact]
    public async Task The_codebook_export_is_a_valid_qdc_with_one_codable_code_per_tag_named_in_swedish()
    {
        var staff = await env.ClientAsync(Principals.Staff());
        var codebook = (await staff.GetFromJsonAsync<JsonObject>("/api/codebook"))!["tags"]!.AsArray();

        var response = await staff.GetAsync("/api/exports/codebook.qdc");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("knowledge-codebook.qdc", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var document = QdaValidation.Load(await response.Content.ReadAsByteArrayAsync(), "Codebook.xsd");
        var codes = document.Root!.Element(C + "Codes")!.Elements(C + "Code").ToList();
        Assert.Equal(codebook.Count, codes.Count);
        Assert.All(codes, c => Assert.Equal("true", (string)c.Attribute("isCodable")!));
        Assert.Equal(codebook.Select(t => (string)t!["label"]!["sv"]!), codes.Select(c => (string)c.Attribute("name")!));
        var succession = codes.Single(c => (string)c.Attribute("name")! == "Generationsskifte");
        var description = (string)succession.Element(C + "Description")!;
        Assert.Contains("Ägaren närmar sig pension", description, StringComparison.Ordinal);
        Assert.Contains("The owner is nearing retirement", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_export_of_the_codebook_gives_each_tag_the_same_guid()
    {
        var staff = await env.ClientAsync(Principals.Staff());
        var admin = await env.ClientAsync(Principals.Admin());

        var first = await staff.GetByteArrayAsync("/api/exports/codebook.qdc");
        var second = await admin.GetByteArrayAsync("/api/exports/codebook.qdc");

        var guids = (byte[] xml) => QdaValidation.Load(xml, "Codebook.xsd").Descendants(C + "Code").Select(c => (string)c.Attribute("guid")!).ToList();
        Assert.Equal(guids(first), guids(second));
        Assert.Equal(guids(first).Count, guids(first).Distinct().Count());
    }

    [Theory]
    [InlineData("/api/exports/codebook.qdc")]
    [InlineData("/api/exports/notes.qdpx?municipality=2510")]
    public async Task Offices_and_regions_may_not_export(string url)
    {
        var office = await env.ClientAsync(Principals.Office("2510"));
        var region = await env.ClientAsync(Principals.Region("25"));

        var officeResponse = await office.GetAsync(url);
        var regionResponse = await region.GetAsync(url);

        await officeResponse.AssertProblemAsync(HttpStatusCode.Forbidden);
        await regionResponse.AssertProblemAsync(HttpStatusCode.Forbidden);
    }
}
