using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Knowledge.Shared.Http;

namespace Knowledge.Tests.Shared.Http;

public sealed class BodyShapeTests
{
    [Fact]
    public void Every_bad_field_is_named_at_once_with_the_path_the_client_wrote()
    {
        var errors = Check("""
            {"id": "not-a-uuid", "count": "3", "company": {"sizeClass": "huge", "extra": 1}, "tags": ["a", 7, " "], "colour": "red"}
            """);

        Assert.Equal(["colour", "company.extra", "company.sizeClass", "count", "id", "name", "tags[1]", "tags[2]"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Must be a whole number.", errors["count"][0]);
        Assert.Equal("Must be one of: 0-9, 10-49.", errors["company.sizeClass"][0]);
        Assert.Equal("Unknown field.", errors["colour"][0]);
        Assert.Equal("Required.", errors["name"][0]);
    }

    [Fact]
    public void A_blank_required_string_is_missing_and_strings_are_trimmed_in_place()
    {
        var body = Parse("""{"id": "3f2b8c1e-4d5a-4e6f-9a7b-1c2d3e4f5a6b", "name": "  Holmqvist AB  ", "comment": "   "}""");

        var errors = BodyShape.Check(body, ShapeTestBodies.Default.ShapeTestRequest);

        Assert.Empty(errors);
        var bound = body.Deserialize(ShapeTestBodies.Default.ShapeTestRequest)!;
        Assert.Equal("Holmqvist AB", bound.Name);
        Assert.Null(bound.Comment);
        Assert.Equal("Required.", Check("""{"id": "3f2b8c1e-4d5a-4e6f-9a7b-1c2d3e4f5a6b", "name": " "}""")["name"][0]);
    }

    [Fact]
    public void Limits_declared_on_the_record_are_enforced()
    {
        var errors = Check($$"""
            {"id": "00000000-0000-0000-0000-000000000000", "name": "{{new string('x', 41)}}", "count": 11, "tags": ["a", "b", "c", "d"], "code": "25x"}
            """);

        Assert.Equal("At most 40 characters.", errors["name"][0]);
        Assert.Equal("Must be a whole number from 1 to 10.", errors["count"][0]);
        Assert.Equal("At most 3 items.", errors["tags"][0]);
        Assert.StartsWith("Must be a UUID", errors["id"][0], StringComparison.Ordinal);
        Assert.Equal("Must match \\d{4}.", errors["code"][0]);
    }

    [Fact]
    public void Opaque_json_and_extension_data_are_left_for_the_feature()
    {
        Assert.Empty(Check("""{"id": "3f2b8c1e-4d5a-4e6f-9a7b-1c2d3e4f5a6b", "name": "x", "data": {"anything": [1, "two"]}}"""));
        Assert.Equal("Must be a JSON object.", Check("""{"id": "3f2b8c1e-4d5a-4e6f-9a7b-1c2d3e4f5a6b", "name": "x", "data": [1]}""")["data"][0]);
        Assert.Empty(BodyShape.Check(Parse("""{"userDetails": "a@b.se", "claims": []}"""), ShapeTestBodies.Default.OpenShapeRequest));
    }

    [Theory]
    [InlineData("""{}""", false)]
    [InlineData("""{"label": "  "}""", false)]
    [InlineData("""{"label": null}""", true)]
    [InlineData("""{"label": "Holmqvist"}""", true)]
    public void A_required_nullable_field_must_be_given_though_it_may_be_null(string json, bool valid) =>
        Assert.Equal(valid, BodyShape.Check(Parse(json), ShapeTestBodies.Default.LabelShapeRequest).Count == 0);

    [Theory]
    [InlineData("$.company.sizeClass", "company.sizeClass")]
    [InlineData("$.tags[1]", "tags[1]")]
    [InlineData("$", "body")]
    [InlineData(null, "body")]
    public void A_serializer_path_becomes_the_field_name(string? path, string field) =>
        Assert.Equal(field, BodyShape.FieldName(path));

    private static Dictionary<string, string[]> Check(string json) => BodyShape.Check(Parse(json), ShapeTestBodies.Default.ShapeTestRequest);

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();
}

internal sealed record ShapeTestRequest(
    Guid Id,
    [property: MaxLength(40)] string Name,
    string? Comment,
    [property: Range(1, 10)] int? Count,
    ShapeTestCompany? Company,
    [property: MaxLength(3)] IReadOnlyList<string>? Tags,
    [property: RegularExpression(@"\d{4}")] string? Code,
    JsonObject? Data);

internal sealed record ShapeTestCompany([property: AllowedValues("0-9", "10-49")] string? SizeClass);

internal sealed record OpenShapeRequest(string UserDetails)
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Rest { get; set; }
}

internal sealed record LabelShapeRequest([property: JsonRequired] string? Label);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ShapeTestRequest))]
[JsonSerializable(typeof(LabelShapeRequest))]
[JsonSerializable(typeof(OpenShapeRequest))]
internal sealed partial class ShapeTestBodies : JsonSerializerContext;
