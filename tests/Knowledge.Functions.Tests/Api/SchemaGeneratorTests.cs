using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Serialization;
using Knowledge.Api;

namespace Knowledge.Tests.Api;

public sealed class SchemaGeneratorTests
{
    [Fact]
    public void A_record_becomes_a_closed_component_whose_non_nullable_properties_are_required_with_its_limits()
    {
        var schemas = new SchemaGenerator();

        var reference = schemas.For(typeof(Sample));

        Assert.Equal("#/components/schemas/Sample", reference["$ref"]!.GetValue<string>());
        var sample = schemas.Components()["Sample"]!;
        Assert.Equal(["id", "name", "tags"], sample["required"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.False(sample["additionalProperties"]!.GetValue<bool>());
        Assert.Equal("uuid", sample["properties"]!["id"]!["format"]!.GetValue<string>());
        Assert.Equal(@"^\d{4}$", sample["properties"]!["name"]!["pattern"]!.GetValue<string>());
        Assert.Equal(3, sample["properties"]!["tags"]!["maxItems"]!.GetValue<int>());
        Assert.True(sample["properties"]!["note"]!["nullable"]!.GetValue<bool>());
        Assert.Equal("#/components/schemas/Inner", sample["properties"]!["inner"]!["allOf"]![0]!["$ref"]!.GetValue<string>());
        Assert.Equal(["a", "b"], sample["properties"]!["kind"]!["enum"]!.AsArray().Select(e => e!.GetValue<string>()));
    }

    [Fact]
    public void A_property_left_out_when_null_is_optional_and_extension_data_opens_the_record()
    {
        var schemas = new SchemaGenerator();

        schemas.For(typeof(Open));

        var open = schemas.Components()["Open"]!;
        Assert.Null(open["required"]);
        Assert.True(open["additionalProperties"]!.GetValue<bool>());
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
