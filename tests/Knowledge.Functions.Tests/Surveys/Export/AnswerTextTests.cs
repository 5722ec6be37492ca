using System.Text.Json.Nodes;
using Knowledge.Surveys;

namespace Knowledge.Tests.Surveys.Export;

public sealed class AnswerTextTests
{
    [Fact]
    public void A_boolean_reads_as_its_swedish_label()
    {
        var text = new AnswerText(Element("""{ "type": "boolean", "name": "b", "labelTrue": { "default": "Absolut", "en": "Sure" } }"""), "boolean");

        Assert.Equal("Absolut", text.Cell(JsonValue.Create(true)));
        Assert.Equal("Nej", text.Cell(JsonValue.Create(false)));
    }

    [Fact]
    public void A_matrix_reads_as_row_and_column_texts()
    {
        var text = new AnswerText(Element("""
            { "type": "matrix", "name": "m",
              "rows": [ { "value": "competence", "text": { "default": "Kompetens" } }, "financing" ],
              "columns": [ { "value": "serious", "text": { "default": "Allvarlig" } }, { "value": "minor", "text": "Liten" } ] }
            """), "matrix");

        Assert.Equal("Kompetens: Allvarlig, financing: Liten", text.Cell(new JsonObject { ["competence"] = "serious", ["financing"] = "minor" }));
    }

    [Fact]
    public void A_special_item_reads_as_its_text_only_when_the_question_shows_it()
    {
        var checkbox = new AnswerText(Element("""{ "type": "checkbox", "name": "c", "showNoneItem": true, "showOtherItem": true, "otherText": { "default": "Något annat" } }"""), "checkbox");
        var text = new AnswerText(Element("""{ "type": "text", "name": "t" }"""), "text");

        Assert.Equal("Något annat", checkbox.Cell(new JsonArray("other")));
        Assert.Equal("Ingen", checkbox.Cell(new JsonArray("none")));
        Assert.Equal("none", text.Cell(JsonValue.Create("none")));
    }

    [Fact]
    public void A_number_keeps_its_decimals_with_a_comma_and_no_apostrophe_when_negative()
    {
        var text = new AnswerText(Element("""{ "type": "text", "inputType": "number", "name": "n" }"""), "text");

        Assert.Equal("-0,75", text.Cell(JsonValue.Create(-0.75m)));
        Assert.Equal("", text.Cell(null));
    }

    private static JsonObject Element(string json) => JsonNode.Parse(json)!.AsObject();
}
