using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Graph.Ingestion.Listings;

namespace Graph.Ingestion.Pipeline;

/// <summary>
/// A 128-bit SHA-256 digest of what <see cref="ListingPaper.HasSameContent"/> compares (every field but the line),
/// so that the papers of a file too large to keep can still be checked against each other: two entries of one
/// paper are the same listing exactly when their digests are equal (up to a collision of SHA-256).
/// </summary>
internal static class PaperDigest
{
    public static UInt128 Of(ListingPaper paper)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, paper.Title);
        Append(hash, paper.Abstract);
        Append(hash, paper.PublishedOn?.DayNumber);
        Append(hash, paper.AuthorCount);
        Append(hash, paper.Upvotes);
        Append(hash, paper.ArxivId);
        Append(hash, paper.Organization);
        Append(hash, paper.Authors.Count);
        foreach (var author in paper.Authors)
        {
            Append(hash, author);
        }

        Span<byte> digest = stackalloc byte[32];
        hash.GetHashAndReset(digest);
        return BinaryPrimitives.ReadUInt128LittleEndian(digest);
    }

    // Every value is tagged (missing or present) and strings carry their length, so no two listings share an input.
    private static void Append(IncrementalHash hash, string? value)
    {
        Span<byte> header = stackalloc byte[5];
        header[0] = value is null ? (byte)0 : (byte)1;
        BinaryPrimitives.WriteInt32LittleEndian(header[1..], value?.Length ?? 0);
        hash.AppendData(header);
        if (value is not null)
        {
            hash.AppendData(MemoryMarshal.AsBytes(value.AsSpan()));
        }
    }

    private static void Append(IncrementalHash hash, int? value)
    {
        Span<byte> bytes = stackalloc byte[5];
        bytes[0] = value is null ? (byte)0 : (byte)1;
        BinaryPrimitives.WriteInt32LittleEndian(bytes[1..], value ?? 0);
        hash.AppendData(bytes);
    }
}
