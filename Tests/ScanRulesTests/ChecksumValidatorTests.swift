import ScanRules
import Testing

/// Check-digit validators: each gets real-shaped values and one-digit-off, wrong-check and
/// wrong-length look-alikes. Digit validators receive digits only, as the engine passes them.
struct ChecksumValidatorTests {
    static let cases: [ValidatorCase] = [
        .init(.luhn, valid: ["4111111111111111", "79927398713"], invalid: ["4111111111111112", "79927398710", ""]),
        .init(
            .paymentCard,
            valid: [
                "4111111111111111", "5555555555554444", "378282246310005", "6011111111111117", "3530111333300000",
                "30569309025904",
            ],
            invalid: [
                "4111111111111121", "411111111111111", "5655555555554444", "0000000000000000", "1234567812345670",
            ]
        ),
        .init(
            .iban,
            valid: [
                "GB82WEST12345698765432", "GB82 WEST 1234 5698 7654 32", "DE89370400440532013000", "NL91ABNA0417164300",
                "BE68539007547034",
            ],
            invalid: [
                "GB82WEST12345698765433", "GB82WEST1234569876543", "DE8937040044053201300", "QQ82WEST12345698765432",
                "GB8XWEST12345698765432",
            ]
        ),
        .init(
            .isin,
            valid: ["US0378331005", "GB0002634946", "DE000BAY0017"],
            invalid: ["US0378331006", "US037833100", "120378331005"]
        ),
        .init(
            .swiftBIC,
            valid: ["DEUTDEFF", "DEUTDEFF500", "NWBKGB2L"],
            invalid: ["DEUTQQFF", "DEUTDEF", "DEU1DEFF", "DEUTDEFF5000"]
        ),
        .init(
            .abaRouting,
            valid: ["021000021", "011000015", "122105155"],
            invalid: ["021000022", "02100002", "000000000", "991000021"]
        ),
        .init(
            .bankAccountNumber,
            valid: ["12345678", "00123456789012345"],
            invalid: ["1234567", "111111111", "123456789012345678"]
        ),
        .init(
            .usSSN,
            valid: ["536904399", "001010001"],
            invalid: [
                "000904399", "666904399", "936904399", "536004399", "536900000", "078051120", "123456789", "53690439",
            ]
        ),
        .init(
            .usITIN,
            valid: ["912701234", "999941234"],
            invalid: ["912691234", "912931234", "812701234", "91270123"]
        ),
        .init(
            .usEIN,
            valid: ["123456789", "981234567"],
            invalid: ["071234567", "891234567", "120000000", "12345678"]
        ),
        .init(
            .nanpPhone,
            valid: ["4155552671", "2128675309"],
            invalid: ["1155552671", "4111552671", "4155550123", "415555267", "4159112671"]
        ),
        .init(
            .ukNINO,
            valid: ["AB123456C", "AB 12 34 56 C", "ab123456d"],
            invalid: ["QQ123456C", "BG123456C", "AB123456E", "AD123456C", "AB12345C"]
        ),
        .init(.dutchBSN, valid: ["111222333", "123456782"], invalid: ["111222334", "11122233", "000000000"]),
        .init(
            .spanishDNI,
            valid: ["12345678Z", "12345678-Z", "X1234567L", "Y1234567X"],
            invalid: ["12345678A", "X1234567A", "1234567Z", "W1234567L"]
        ),
        .init(
            .italianFiscalCode,
            valid: ["RSSMRA85T10A562S", "MRTMTT91D08F205J"],
            invalid: ["RSSMRA85T10A562T", "RSSMRA85T10A562", "RSSMRA85T10A5_2S"]
        ),
        .init(
            .frenchINSEE,
            valid: ["185057800608491", "1 85 05 78 006 084 91"],
            invalid: ["185057800608492", "385057800608491", "18505780060849"]
        ),
        .init(
            .germanTaxID,
            valid: ["65929970489", "86095742719"],
            invalid: ["65929970488", "12345678901", "05929970489", "11111111116", "6592997048"]
        ),
        .init(
            .canadianSIN,
            valid: ["130692544", "193456787"],
            invalid: ["130692545", "046454286", "13069254", "800000002"]
        ),
        .init(.aadhaar, valid: ["234123412346"], invalid: ["234123412347", "134123412346", "23412341234"]),
        .init(
            .brazilCPF,
            valid: ["52998224725", "529.982.247-25"],
            invalid: ["52998224726", "11111111111", "5299822472"]
        ),
        .init(
            .brazilCNPJ,
            valid: ["11222333000181", "11.222.333/0001-81"],
            invalid: ["11222333000182", "00000000000000", "1122233300018"]
        ),
        .init(.australianTFN, valid: ["123456782", "876543210"], invalid: ["123456789", "12345678901", "000000000"]),
        .init(
            .australianABN,
            valid: ["51824753556", "53004085616"],
            invalid: ["51824753557", "5182475355", "01824753556"]
        ),
        .init(.usNPI, valid: ["1234567893"], invalid: ["1234567894", "3234567893", "123456789"]),
        .init(
            .deaNumber,
            valid: ["AB1234563", "BJ6125341", "A91234563"],
            invalid: ["AB1234564", "IB1234563", "AB123456", "A_1234563"]
        ),
        .init(.nhsNumber, valid: ["9434765919", "4010232137"], invalid: ["9434765918", "943476591", "1111111111"]),
        .init(
            .vin,
            valid: ["1M8GDM9AXKP042788", "11111111111111111"],
            invalid: ["5YJ3E1EA7KF317000", "1M8GDM9AXKP04278", "1M8GDM9AXKP04278O"]
        ),
        .init(.imei, valid: ["490154203237518"], invalid: ["490154203237519", "49015420323751", "000000000000000"]),
    ]

    @Test(arguments: cases)
    func acceptsValidValues(_ example: ValidatorCase) {
        for value in example.valid {
            #expect(example.accepts(value), "\(example.validator.name) rejected \(value)")
        }
    }

    @Test(arguments: cases)
    func rejectsLookAlikes(_ example: ValidatorCase) {
        for value in example.invalid {
            #expect(!example.accepts(value), "\(example.validator.name) accepted \(value)")
        }
    }
}
