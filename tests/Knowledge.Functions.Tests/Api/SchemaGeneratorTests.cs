using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Serialization;
using Knowledge.Api;
using Microsoft.OpenApi;

namespace Knowledge.Tests.Api;

public sealed class SchemaGeneratorTests
{
    [Fact]
    public void A_record_becomes_a_closed_component_whose_non_nullable_properties_are_required_with_its_limits()
    {
        var schemas = new SchemaGenerator();

        var reference = schemas.For(typeof(Sample));

        Assert.Equal("Sample", Assert.IsType<OpenApiSchemaReference>(reference).Reference.Id);
        var sample = Assert.IsType<OpenApiSchema>(schemas.Components()["Sample"]);
        Assert.Equal(["id", "name", "tags"], sample.Required!);
        Assert.False(sample.AdditionalPropertiesAllowed);
        Assert.Equal("uuid", sample.Properties!["id"].Format);
        Assert.Equal(@"^\d{4}$", sample.Properties["name"].Pattern);
        Assert.Equal(3, sample.Properties["tags"].MaxItems);
        Assert.Equal(JsonSchemaType.String | JsonSchemaType.Null, sample.Properties["note"].Type);
        Assert.Equal("Inner", Assert.IsType<OpenApiSchemaReference>(sample.Properties["inner"].AnyOf![0]).Reference.Id);
        Assert.Equal(JsonSchemaType.Null, sample.Properties["inner"].AnyOf![1].Type);
        Assert.Equal(["a", "b", null], sample.Properties["kind"].Enum!.Select(e => JsonNullSentinel.IsJsonNullSentinel(e) ? null : e.GetValue<string>()));
    }

    [Fact]
    public void A_property_left_out_when_null_is_optional_and_extension_data_opens_the_record()
    {
        var schemas = new SchemaGenerator();

        schemas.For(typeof(Open));

        var open = schemas.Components()["Open"];
        Assert.Null(open.Required);
        Assert.True(open.AdditionalPropertiesAllowed);
    }

    [Fact]
    public void Two_types_of_one_name_are_refused_rather_than_merged()
    {
        var schemas = new SchemaGenerator();
        schemas.For(typeof(Inner));

        Assert.Throws<InvalidOperationException>(() => schemas.For(typeof(Other.Inner)));
    }

    private sealed record Sample(
        Guid Id,
        [property: RegularExpression(@"^\d{4}$")] string Name,
        [property: MaxLength(3)] IReadOnlyList<string> Tags,
        string? Note,
        Inner? Inner,
        [property: AllowedValues("a", "b")] string? Kind);

    private sealed record Inner(int Count);

    private sealed record Open([property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Name)
    {
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? Rest { get; init; }
    }

    private static class Other
    {
        public sealed record Inner(string Text);
    }
}
