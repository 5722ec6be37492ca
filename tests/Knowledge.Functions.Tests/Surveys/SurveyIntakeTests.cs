using System.Text.Json;
using System.Text.Json.Nodes;
using Knowledge.Audit;
using Knowledge.Reference;
using Knowledge.Shared;
using Knowledge.Shared.Http;
using Knowledge.Surveys;
using Knowledge.Tagging;
using Knowledge.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace Knowledge.Tests.Surveys;

/// <summary>The intake rules without a host or storage: stores are faked at their interfaces.</summary>
public sealed class SurveyIntakeTests
{
    private const string Lulea = "2580";
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    private readonly Mock<ISurveyResponseStore> _responses = new();
    private readonly Mock<ITagger> _tagger = new();
    private readonly SurveyIntake _intake;

    public SurveyIntakeTests()
    {
        var (id, version, json) = ShippedSurveySeeder.ShippedDefinitions().Single(d => d.Id == "sme-needs" && d.Version == 1);
        var definition = new SurveyDefinition(id, version, Now, json);
        var definitions = new Mock<ISurveyDefinitionStore>();
        definitions.Setup(d => d.GetAsync("sme-needs", It.Is<int?>(v => v == null || v == 1), It.IsAny<CancellationToken>())).ReturnsAsync(definition);
        var clock = new Mock<TimeProvider>();
        clock.Setup(c => c.GetUtcNow()).Returns(Now);
        _tagger.Setup(t => t.TagAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string text, CancellationToken _) => new TaggingResult("fake/1", [new SuggestedTag("succession", 0.9, [new TagEvidence(0, text.Length, text)])]));
        _intake = new SurveyIntake(definitions.Object, _responses.Object, new ReferenceData(), new Codebook(), _tagger.Object, new Mock<Knowledge.Disclosure.IRecordKeySource>().Object, clock.Object, NullLogger<SurveyIntake>.Instance);
    }

    private static Caller Office => new(Principals.Office(Lulea));

    // As the HTTP edge hands it over: the body's shape checked, then bound to the record.
    private static SubmitSurveyRequest Bound(JsonObject body)
    {
        Assert.Empty(BodyShape.Check(body, SurveyBodies.Default.SubmitSurveyRequest));
        return body.Deserialize(SurveyBodies.Default.SubmitSurveyRequest)!;
    }

    [Fact]
    public async Task An_accepted_answer_is_stored_with_county_size_sector_tags_and_an_audit_entry()
    {
        SurveyResponse? stored = null;
        AuditEntry? audit = null;
        _responses.Setup(r => r.TryAddAsync(It.IsAny<SurveyResponse>(), It.IsAny<AuditEntry>(), It.IsAny<CancellationToken>()))
            .Callback<SurveyResponse, AuditEntry, CancellationToken>((r, a, _) => (stored, audit) = (r, a))
            .ReturnsAsync(true);

        var outcome = await _intake.SubmitAsync(Office, "sme-needs", Bound(SurveyAnswers.Valid(Lulea)), CancellationToken.None);

        Assert.Equal(WriteStatus.Created, outcome.Status);
        Assert.Equal("25", stored!.County);
        Assert.Equal(("10-49", "C"), (stored.SizeClass, stored.Sector));
        Assert.Equal(["competence", "financing"], stored.Challenges);
        Assert.Equal(Now, stored.SubmittedAt);
        Assert.Equal(Lulea, audit!.Scope);
        Assert.Equal("office-user", audit.ActorId);
    }

    [Fact]
    public async Task None_of_the_challenges_stores_no_tags()
    {
        SurveyResponse? stored = null;
        _responses.Setup(r => r.TryAddAsync(It.IsAny<SurveyResponse>(), It.IsAny<AuditEntry>(), It.IsAny<CancellationToken>()))
            .Callback<SurveyResponse, AuditEntry, CancellationToken>((r, _, _) => stored = r)
            .ReturnsAsync(true);

        var body = SurveyAnswers.Valid(Lulea, change: d =>
        {
            d["challenges"] = new JsonArray("none");
            d.Remove("challengeSeverity");
        });
        var outcome = await _intake.SubmitAsync(Office, "sme-needs", Bound(body), CancellationToken.None);

        Assert.Equal(WriteStatus.Created, outcome.Status);
        Assert.Empty(stored!.Challenges);
    }

    [Fact]
    public async Task A_concurrent_first_store_of_the_same_body_is_a_replay()
    {
        SurveyResponse? attempted = null;
        _responses.Setup(r => r.TryAddAsync(It.IsAny<SurveyResponse>(), It.IsAny<AuditEntry>(), It.IsAny<CancellationToken>()))
            .Callback<SurveyResponse, AuditEntry, CancellationToken>((r, _, _) => attempted = r)
            .ReturnsAsync(false);
        // Nothing stored when the request arrives; another instance stores the same answer first.
        _responses.SetupSequence(r => r.GetAsync(Lulea, It.IsAny<Guid>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((SurveyResponse?)null)
            .ReturnsAsync(() => attempted! with { SubmittedAt = Now.AddSeconds(-1) });

        var outcome = await _intake.SubmitAsync(Office, "sme-needs", Bound(SurveyAnswers.Valid(Lulea)), CancellationToken.None);

        Assert.Equal(WriteStatus.Replayed, outcome.Status);
        Assert.Equal(Now.AddSeconds(-1), outcome.Value!.SubmittedAt);
    }

    [Fact]
    public async Task A_stored_answer_with_another_body_is_a_conflict_and_nothing_is_tagged_or_stored()
    {
        _responses.Setup(r => r.GetAsync(Lulea, It.IsAny<Guid>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string m, Guid id, CancellationToken _) => new SurveyResponse(id, "sme-needs", 1, m, "25", Now, "someone", null, null, [], [], new Dictionary<string, TaggingResult>(), "other-hash", 0));

        var outcome = await _intake.SubmitAsync(Office, "sme-needs", Bound(SurveyAnswers.Valid(Lulea)), CancellationToken.None);

        Assert.Equal(WriteStatus.Conflict, outcome.Status);
        _tagger.VerifyNoOtherCalls();
        _responses.Verify(r => r.TryAddAsync(It.IsAny<SurveyResponse>(), It.IsAny<AuditEntry>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Free_text_answers_are_stored_masked_and_tagged()
    {
        SurveyResponse? stored = null;
        _responses.Setup(r => r.TryAddAsync(It.IsAny<SurveyResponse>(), It.IsAny<AuditEntry>(), It.IsAny<CancellationToken>()))
            .Callback<SurveyResponse, AuditEntry, CancellationToken>((r, _, _) => stored = r)
            .ReturnsAsync(true);
        var body = SurveyAnswers.Valid(Lulea, change: d => d["needs"] = "Ring ägaren på 070-123 45 67, han går i pension snart.");

        await _intake.SubmitAsync(Office, "sme-needs", Bound(body), CancellationToken.None);

        var needs = stored!.Data["needs"]!.GetValue<string>();
        Assert.DoesNotContain("070", needs, StringComparison.Ordinal);
        Assert.Contains("[telefon]", needs, StringComparison.Ordinal);
        _tagger.Verify(t => t.TagAsync(needs, It.IsAny<CancellationToken>()));
        Assert.Equal("succession", Assert.Single(stored.TextTags["needs"].Tags).Tag);
    }

    [Fact]
    public void Unknown_top_level_fields_are_named_before_the_answer_reaches_intake()
    {
        var body = SurveyAnswers.Valid(Lulea);
        body["companyName"] = "Verkstad AB";

        var errors = BodyShape.Check(body, SurveyBodies.Default.SubmitSurveyRequest);

        Assert.Equal(["companyName"], errors.Keys);
    }

    [Fact]
    public async Task Nothing_is_stored_for_another_municipality()
    {
        var outcome = await _intake.SubmitAsync(Office, "sme-needs", Bound(SurveyAnswers.Valid("2581")), CancellationToken.None);

        Assert.Equal(WriteStatus.Forbidden, outcome.Status);
        _responses.VerifyNoOtherCalls();
    }
}
