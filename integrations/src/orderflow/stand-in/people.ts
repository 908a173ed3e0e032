/** Names and places for the stand-in ERP: South African businesses, people and addresses. */
export const FIRST_NAMES = ["Sipho", "Naledi", "Johan", "Aisha", "Thabo", "Megan", "Kagiso", "Priya", "Willem", "Zanele", "Ruan", "Lindiwe", "Mohammed", "Anele", "Charlize", "Bongani"] as const
export const LAST_NAMES = ["Nkosi", "Botha", "Naidoo", "Khumalo", "Smit", "Pillay", "Mthembu", "Jacobs", "Mahlangu", "Pretorius", "Govender", "Dube", "Fourie", "Ndlovu"] as const

export const BUSINESS_NAMES: Record<"R" | "H" | "E", readonly string[]> = {
  R: ["Spaza Plus", "Corner Cafe Market", "Berea Superette", "Township Fresh", "Highveld Grocers", "Cape Point Foods", "Umhlanga Deli", "Soweto Savers", "Karoo Farm Stall", "Midrand Minimarket"],
  H: ["Shisa Nyama House", "The Bunny Chow Co", "Durban Curry Kitchen", "Vineyard Bistro", "Braai Masters Catering", "Table Bay Seafood", "Jozi Canteen"],
  E: ["Protea Weddings", "Big Day Events", "Summit Conferences", "Garden Route Functions"],
}

export const PLACES = [
  { city: "Johannesburg", province: "Gauteng", postalCode: "2001" },
  { city: "Pretoria", province: "Gauteng", postalCode: "0002" },
  { city: "Cape Town", province: "Western Cape", postalCode: "8001" },
  { city: "Stellenbosch", province: "Western Cape", postalCode: "7600" },
  { city: "Durban", province: "KwaZulu-Natal", postalCode: "4001" },
  { city: "Gqeberha", province: "Eastern Cape", postalCode: "6001" },
  { city: "Bloemfontein", province: "Free State", postalCode: "9301" },
  { city: "Polokwane", province: "Limpopo", postalCode: "0700" },
  { city: "Mbombela", province: "Mpumalanga", postalCode: "1200" },
] as const

export const STREETS = ["Main Road", "Church Street", "Voortrekker Road", "Jan Smuts Avenue", "Florida Road", "Long Street", "Market Street", "Industrial Road"] as const
