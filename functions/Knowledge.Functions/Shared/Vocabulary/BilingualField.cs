namespace Knowledge.Shared.Vocabulary;

/// <summary>Reads a {"sv": "…", "en": "…"} text: Swedish required, English optional.</summary>
internal static class BilingualField
{
    public static BilingualText? Bilingual(this FieldReader fields, string field, int maxLength)
    {
        if (fields.Nested(field) is not { } text)
        {
            fields.AddError($"{field}.sv", "Required: the Swedish text.");
            return null;
        }

        text.RejectUnknown("sv", "en");
        var sv = text.String("sv", required: true, maxLength);
        var en = text.String("en", required: false, maxLength);
        return sv is null ? null : new BilingualText(sv, string.IsNullOrEmpty(en) ? null : en);
    }
}
