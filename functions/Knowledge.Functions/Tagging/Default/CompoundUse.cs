namespace Knowledge.Tagging;

/// <summary>Where in a Swedish compound a term may stand and still count.</summary>
internal enum CompoundUse
{
    /// <summary>First part, last part or (when long) inside: "rekryteringsbehov", "personalbrist".</summary>
    Any,

    /// <summary>Whole word only: short terms such as "el" that hide inside unrelated words ("elev", "hotell").</summary>
    None,

    /// <summary>Only as the last part, the head of the compound: "brist" in "bostadsbrist".</summary>
    Head,

    /// <summary>Only as the first part: "pension" in "pensionsavgång" but not in "tjänstepension".</summary>
    Modifier,
}
