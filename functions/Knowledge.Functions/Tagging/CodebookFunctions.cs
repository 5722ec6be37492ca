namespace Knowledge.Tagging;

internal sealed class CodebookFunctions(Codebook codebook)
{
    /// <summary>Role: anonymous. The codebook is public so forms and exports can label tags.</summary>
    [Function("Codebook_Get")]
    [Anonymous]
    [Operation("Tagging", "The codebook of challenges (tags) with Swedish and English labels.")]
    [Returns(200, typeof(CodebookView), "The codebook.")]
    public IResult Get([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "codebook")] HttpRequest request) =>
        TypedResults.Ok(new CodebookView(codebook.Version, codebook.Tags));
}
