using Graph.Api.Http;

namespace Graph.Api.Tests.Http;

public sealed class ResponseMediaTypeNegotiatorTests
{
    private const string GraphQLResponse = GraphQLMediaTypes.GraphQLResponseJson;
    private const string Json = GraphQLMediaTypes.Json;

    [Theory]
    [InlineData(null, Json)]
    [InlineData("", Json)]
    [InlineData("*/*", Json)]
    [InlineData("application/*", Json)]
    [InlineData("application/json", Json)]
    [InlineData("application/graphql-response+json", GraphQLResponse)]
    [InlineData("APPLICATION/GRAPHQL-RESPONSE+JSON", GraphQLResponse)]
    [InlineData("application/graphql-response+json; charset=utf-8", GraphQLResponse)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLResponse)]
    [InlineData("application/json, application/graphql-response+json", GraphQLResponse)]
    [InlineData("application/json, application/graphql-response+json;q=0.9", Json)]
    [InlineData("application/graphql-response+json;q=0, */*", Json)]
    [InlineData("application/json;q=0, */*", GraphQLResponse)]
    [InlineData("application/*;q=0.2, application/graphql-response+json;q=0.1", Json)]
    [InlineData("not a media type", Json)]
    [InlineData("text/html", null)]
    [InlineData("application/xml, text/*", null)]
    [InlineData("*/*;q=0", null)]
    public void Select_AcceptHeader_PicksMediaType(string? accept, string? expected) =>
        Assert.Equal(expected, ResponseMediaTypeNegotiator.Select(accept));

    [Theory]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", true)]
    [InlineData("TEXT/HTML", true)]
    [InlineData("text/html;q=0", false)]
    [InlineData("*/*", false)]
    [InlineData("application/json", false)]
    [InlineData(null, false)]
    public void AcceptsHtml_AcceptHeader_TellsBrowsersApart(string? accept, bool expected) =>
        Assert.Equal(expected, ResponseMediaTypeNegotiator.AcceptsHtml(accept));
}
