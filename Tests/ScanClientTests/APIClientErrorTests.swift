import Foundation
import ScanClient
import Testing

struct APIClientErrorTests {
    @Test func problemShowsStatusDetailFieldAndRequestID() {
        let body = Data(
            #"""
            {"type":"about:blank","title":"Invalid Field","status":422,"detail":"field 'schedule.time' must be HH:MM",
             "field":"schedule.time","instance":"/api/v1/scans","request_id":"req-42"}
            """#.utf8
        )
        let error = APIClientError.problem(status: 422, body: body)
        #expect(error.code == .rejected)
        #expect(error.status == 422)
        #expect(error.field == "schedule.time")
        #expect(
            error.description
                == "HTTP 422 Invalid Field: field 'schedule.time' must be HH:MM (field: schedule.time) [request req-42]"
        )
    }

    @Test func nonProblemBodyIsNotEchoed() {
        let error = APIClientError.problem(
            status: 502,
            body: Data("<html>secret proxy page</html>".utf8),
            requestID: "r1"
        )
        #expect(error.description == "HTTP 502: the server failed [request r1]")
    }

    @Test func unauthorizedWithoutBodyPointsAtTheVariable() {
        let error = APIClientError.problem(status: 401, body: Data())
        #expect(error.description.contains("SCANLOGIC_TOKEN"))
    }

    @Test func configurationNeverCarriesCredentialsInTheURL() {
        #expect(throws: APIClientError.self) {
            try APIClient.Configuration(server: "https://user:pw@scan.example", token: "t")
        }
        #expect(throws: APIClientError.self) { try APIClient.Configuration(server: "ftp://scan.example", token: "t") }
    }

    @Test(
        arguments: [
            ("http://localhost:8080", "http://localhost:8080/api/v1"),
            ("https://scan.example/", "https://scan.example/api/v1"),
            ("https://scan.example/base/api/v1/", "https://scan.example/base/api/v1"),
        ]
    )
    func apiRoot(_ server: String, _ root: String) throws {
        #expect(try APIClient.Configuration(server: server, token: nil).baseURL.absoluteString == root)
    }

    @Test func pathSegmentsAreEscaped() {
        #expect(APIClient.path("runs", "a/b?c", "events") == "/runs/a%2Fb%3Fc/events")
    }
}
