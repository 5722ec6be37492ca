using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Knowledge.Tests.Infrastructure;

/// <summary>Answers to the shipped sme-needs survey, as the web page posts them.</summary>
internal static class SurveyAnswers
{
    public static JsonObject Valid(string municipality, Guid? responseId = null, Action<JsonObject>? change = null)
    {
        var data = new JsonObject
        {
            ["municipality"] = municipality,
            ["sizeClass"] = "10-49",
            ["sector"] = "C",
            ["challenges"] = new JsonArray("competence", "financing"),
            ["challengeSeverity"] = new JsonObject { ["competence"] = "serious", ["financing"] = "moderate" },
            ["needs"] = "Vi behöver svetsare och lån till en ny maskin.",
            ["growthPlans"] = "grow",
            ["financingNeed"] = "2m_to_10m",
            ["financingPurpose"] = new JsonArray("investment"),
            ["knowsProcurementTiming"] = "partly",
            ["wantsBuyerContact"] = true,
            ["consentToContact"] = false,
        };
        change?.Invoke(data);
        return new JsonObject
        {
            ["responseId"] = (responseId ?? Guid.NewGuid()).ToString(),
            ["surveyVersion"] = 1,
            ["municipality"] = municipality,
            ["data"] = data,
        };
    }

    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient client, JsonObject body, string surveyId = "sme-needs") =>
        client.PostAsync($"/api/surveys/{surveyId}/responses", JsonContent.Create(body));
}
