namespace Graph.Ingestion.Tests;
public class SmokeTests { [Fact] public void One_IsOne() => Assert.Equal(1, 1); }
