namespace Graph.Api.Curation.Validation;

/// <summary>The codes of field validation errors (<c>ValidationError.code</c>).</summary>
public static class ValidationCodes
{
    public const string Required = "REQUIRED";
    public const string TooLong = "TOO_LONG";
    public const string OutOfRange = "OUT_OF_RANGE";
    public const string InvalidId = "INVALID_ID";
    public const string NotFound = "NOT_FOUND";
    public const string InvalidArxivId = "INVALID_ARXIV_ID";
    public const string InvalidUrl = "INVALID_URL";
    public const string DateInFuture = "DATE_IN_FUTURE";
    public const string DuplicateAlias = "DUPLICATE_ALIAS";
    public const string NameTaken = "NAME_TAKEN";
    public const string InvalidCharacter = "INVALID_CHARACTER";
    public const string SelfMerge = "SELF_MERGE";
    public const string KindMismatch = "KIND_MISMATCH";
    public const string NothingToUpdate = "NOTHING_TO_UPDATE";
    public const string Inconsistent = "INCONSISTENT";
}
