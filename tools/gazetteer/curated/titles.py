import sys; import os; HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..")); sys.path.insert(0, HERE)
from lib import Out, ACR
def dcase(tok, kind):
    if kind == "acronym": return "cs"
    if kind == "abbr": return "cap"
    return "ci"
o = Out("TITLE", dcase); o.single_abbr = True
G = "domain=gov;of=1"
L = r"""
# --- heads of state and government
t:president|domain=gov;of=1|en: President; president-elect{v}; President-elect{v}|id: Presiden; Presiden terpilih{v}; Capres{a}; calon presiden{v}
t:vice-president|domain=gov;of=1|en: Vice President; Vice-President; VP{cs}; Vice President-elect{v}|id: Wakil Presiden; Wapres; Wakil Presiden terpilih{v}; Cawapres; calon wakil presiden{v}
t:prime-minister|domain=gov;of=1|en: Prime Minister; PM{cs}; Premier{v,cap,amb}; Prime Minister-designate{v}|id: Perdana Menteri; PM{cs}; Premier{v,cap,amb}
t:deputy-prime-minister|domain=gov;of=1|en: Deputy Prime Minister; Deputy PM{v,cap}; Vice Premier{cap}|id: Wakil Perdana Menteri; Wakil PM{cap}; Waperdam
t:chancellor|domain=gov;of=1|en: Chancellor{ci}|id: Kanselir
t:vice-chancellor|domain=gov;of=1|en: Vice-Chancellor; Vice Chancellor|id: Wakil Kanselir
t:head-of-state|domain=gov;of=1|en: Head of State|id: Kepala Negara
t:head-of-government|domain=gov;of=1|en: Head of Government|id: Kepala Pemerintahan
t:supreme-leader|domain=gov;of=1|en: Supreme Leader|id: Pemimpin Tertinggi
t:governor-general|domain=gov;of=1|en: Governor-General; Governor General|id: Gubernur Jenderal
t:first-lady|domain=gov;of=1|en: First Lady|id: Ibu Negara
t:king|domain=royal;of=1|en: King{ci}|id: Raja{ci,amb}
t:queen|domain=royal;of=1|en: Queen{ci}|id: Ratu{ci,amb}
t:crown-prince|domain=royal;of=1|en: Crown Prince|id: Putra Mahkota
t:prince|domain=royal;of=1|en: Prince{cap,amb}|id: Pangeran{cap,amb}
t:princess|domain=royal;of=1|en: Princess{cap,amb}|id: Putri Mahkota
t:emperor|domain=royal;of=1|en: Emperor|id: Kaisar
t:empress|domain=royal;of=1|en: Empress|id: Permaisuri
t:sultan|domain=royal;of=1|en: Sultan{cap,amb}|id: Sultan{cap,amb}; Sri Sultan{cap}
t:emir|domain=royal;of=1|en: Emir{cap}; Amir{cap,amb}|id: Emir{cap}
t:sheikh|domain=royal;of=0|en: Sheikh{cap}; Shaikh{cap}|id: Syekh{cap}; Syeikh{cap}
t:yang-di-pertuan-agong|domain=royal;of=1|en: Yang di-Pertuan Agong{cap}|id: Yang di-Pertuan Agong{cap}; Yang Dipertuan Agong{cap}
# --- ministers (Indonesia: Kabinet Indonesia Maju 2019-2024 and Kabinet Merah Putih 2024-) and their foreign equivalents
t:minister|domain=gov;of=1|en: Minister; Cabinet Minister|id: Menteri; Menteri Kabinet
t:minister-of-state|domain=gov;of=1|en: Minister of State; State Minister|id: Menteri Negara; Menneg
t:deputy-minister|domain=gov;of=1|en: Deputy Minister; Vice Minister; Vice-Minister|id: Wakil Menteri; Wamen
t:coordinating-minister|domain=gov;of=1|en: Coordinating Minister|id: Menteri Koordinator; Menko
t:minister-defense|domain=gov;of=1|en: Minister of Defense; Minister of Defence; Defense Minister; Defence Minister; Defence Secretary; Minister for Defence; Minister of National Defense; National Defense Minister|id: Menteri Pertahanan; Menhan; Menteri Pertahanan Nasional; Menteri Pertahanan Negara
t:deputy-minister-defense|domain=gov;of=1|en: Deputy Minister of Defense; Deputy Defense Minister; Vice Defense Minister|id: Wakil Menteri Pertahanan; Wamenhan
t:minister-foreign-affairs|domain=gov;of=1|en: Minister of Foreign Affairs; Foreign Minister; Foreign Affairs Minister; Foreign Secretary; Minister for Foreign Affairs|id: Menteri Luar Negeri; Menlu
t:deputy-minister-foreign-affairs|domain=gov;of=1|en: Deputy Minister of Foreign Affairs; Deputy Foreign Minister; Vice Foreign Minister|id: Wakil Menteri Luar Negeri; Wamenlu
t:minister-home-affairs|domain=gov;of=1|en: Minister of Home Affairs; Home Minister; Home Affairs Minister; Interior Minister; Minister of the Interior; Minister of Interior; Home Secretary|id: Menteri Dalam Negeri; Mendagri
t:minister-finance|domain=gov;of=1|en: Minister of Finance; Finance Minister; Minister for Finance|id: Menteri Keuangan; Menkeu
t:deputy-minister-finance|domain=gov;of=1|en: Deputy Minister of Finance; Deputy Finance Minister; Vice Finance Minister|id: Wakil Menteri Keuangan; Wamenkeu
t:chancellor-exchequer|domain=gov;of=0|en: Chancellor of the Exchequer{cap}|id: Menteri Keuangan Inggris{cap}
t:secretary-treasury|domain=gov;of=0|en: Secretary of the Treasury; Treasury Secretary; U.S. Treasury Secretary|id: Menteri Keuangan AS{cap}; Menkeu AS{cap}
t:minister-law-human-rights|domain=gov;of=1|en: Minister of Law and Human Rights; Law and Human Rights Minister|id: Menteri Hukum dan Hak Asasi Manusia; Menteri Hukum dan HAM{cap}; Menkumham
t:minister-law|domain=gov;of=1|en: Minister of Law; Law Minister; Justice Minister; Minister of Justice; Justice Secretary|id: Menteri Hukum; Menkum; Menteri Kehakiman
t:minister-human-rights|domain=gov;of=1|en: Minister of Human Rights; Human Rights Minister|id: Menteri Hak Asasi Manusia; Menteri HAM{cap}; MenHAM
t:minister-immigration-corrections|domain=gov;of=1|en: Minister of Immigration and Corrections|id: Menteri Imigrasi dan Pemasyarakatan; Menimipas; Menteri Imipas{cap}
t:minister-health|domain=gov;of=1|en: Minister of Health; Health Minister; Health Secretary|id: Menteri Kesehatan; Menkes
t:minister-education|domain=gov;of=1|en: Minister of Education; Education Minister; Minister of Education, Culture, Research and Technology; Education Secretary|id: Menteri Pendidikan; Menteri Pendidikan dan Kebudayaan; Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi; Mendikbud; Mendikbudristek; Mendiknas; Menteri Pendidikan Nasional
t:minister-primary-secondary-education|domain=gov;of=1|en: Minister of Primary and Secondary Education|id: Menteri Pendidikan Dasar dan Menengah; Mendikdasmen; Mendikdas
t:minister-higher-education|domain=gov;of=1|en: Minister of Higher Education, Science and Technology; Minister of Research, Technology and Higher Education; Higher Education Minister; Research Minister|id: Menteri Pendidikan Tinggi, Sains, dan Teknologi; Mendiktisaintek; Menristekdikti; Menristek; Menteri Riset dan Teknologi; Menteri Riset, Teknologi, dan Pendidikan Tinggi
t:minister-culture|domain=gov;of=1|en: Minister of Culture; Culture Minister|id: Menteri Kebudayaan; Menbud
t:minister-social-affairs|domain=gov;of=1|en: Minister of Social Affairs; Social Affairs Minister; Social Minister|id: Menteri Sosial; Mensos
t:menko-polhukam|domain=gov;of=0|en: Coordinating Minister for Political, Legal and Security Affairs; Coordinating Minister for Political and Security Affairs; Chief Security Minister; Security Minister|id: Menteri Koordinator Bidang Politik, Hukum, dan Keamanan; Menteri Koordinator Bidang Politik dan Keamanan; Menko Polhukam; Menkopolhukam; Menko Polkam; Menkopolkam; Menko Bidang Politik, Hukum, dan Keamanan; Menko Politik dan Keamanan
t:menko-kumham-imipas|domain=gov;of=0|en: Coordinating Minister for Law, Human Rights, Immigration and Corrections|id: Menteri Koordinator Bidang Hukum, Hak Asasi Manusia, Imigrasi, dan Pemasyarakatan; Menko Kumham Imipas{cap}; Menko Hukum, HAM, Imigrasi, dan Pemasyarakatan{cap}; Menko Kumhamimipas
t:menko-perekonomian|domain=gov;of=0|en: Coordinating Minister for Economic Affairs; Chief Economic Minister; Coordinating Economic Minister|id: Menteri Koordinator Bidang Perekonomian; Menko Perekonomian; Menko Bidang Perekonomian; Menko Ekonomi; Menko Ekuin
t:menko-pmk|domain=gov;of=0|en: Coordinating Minister for Human Development and Cultural Affairs|id: Menteri Koordinator Bidang Pembangunan Manusia dan Kebudayaan; Menko PMK{cap}; Menko Pembangunan Manusia dan Kebudayaan; MenkoPMK
t:menko-marves|domain=gov;of=0|en: Coordinating Minister for Maritime Affairs and Investment; Coordinating Maritime Affairs Minister|id: Menteri Koordinator Bidang Kemaritiman dan Investasi; Menko Marves{cap}; Menko Kemaritiman dan Investasi; Menko Maritim; Menko Kemaritiman; Menkomarves
t:menko-infrastruktur|domain=gov;of=0|en: Coordinating Minister for Infrastructure and Regional Development|id: Menteri Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan; Menko Infrastruktur dan Pembangunan Kewilayahan; Menko IPK{cap}; Menko Infrastruktur
t:menko-pangan|domain=gov;of=0|en: Coordinating Minister for Food Affairs; Coordinating Food Minister|id: Menteri Koordinator Bidang Pangan; Menko Pangan; Menko Bidang Pangan
t:menko-pemberdayaan-masyarakat|domain=gov;of=0|en: Coordinating Minister for Community Empowerment|id: Menteri Koordinator Bidang Pemberdayaan Masyarakat; Menko Pemberdayaan Masyarakat; Menko PM{cap}
t:minister-soe|domain=gov;of=0|en: Minister of State-Owned Enterprises; State-Owned Enterprises Minister; SOE Minister; SOEs Minister|id: Menteri Badan Usaha Milik Negara; Menteri BUMN{cap}; MenBUMN; Meneg BUMN{cap}; Wamen BUMN{cap}
t:minister-agriculture|domain=gov;of=1|en: Minister of Agriculture; Agriculture Minister; Agriculture Secretary; Secretary of Agriculture|id: Menteri Pertanian; Mentan
t:minister-transportation|domain=gov;of=1|en: Minister of Transportation; Transportation Minister; Transport Minister; Minister of Transport; Transportation Secretary; Transport Secretary|id: Menteri Perhubungan; Menhub
t:minister-panrb|domain=gov;of=0|en: Minister of State Apparatus Empowerment and Bureaucratic Reform; Minister of Administrative and Bureaucratic Reform; Administrative Reform Minister|id: Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi; Menteri PANRB{cap}; Menteri PAN-RB{cap}; Menpan-RB; MenPAN-RB; Menpan RB{cap}; MenPANRB; Menpan
t:minister-religious-affairs|domain=gov;of=1|en: Minister of Religious Affairs; Religious Affairs Minister|id: Menteri Agama; Menag
t:minister-manpower|domain=gov;of=1|en: Minister of Manpower; Manpower Minister; Labor Minister; Labour Minister; Minister of Labor; Minister of Labour; Labor Secretary; Secretary of Labor|id: Menteri Ketenagakerjaan; Menaker; Menteri Tenaga Kerja; Menakertrans; Menteri Tenaga Kerja dan Transmigrasi
t:minister-youth-sports|domain=gov;of=1|en: Minister of Youth and Sports; Youth and Sports Minister; Sports Minister; Minister of Sport; Sports Secretary|id: Menteri Pemuda dan Olahraga; Menpora
t:minister-tourism|domain=gov;of=1|en: Minister of Tourism; Tourism Minister; Minister of Tourism and Creative Economy; Tourism and Creative Economy Minister|id: Menteri Pariwisata; Menpar; Menteri Pariwisata dan Ekonomi Kreatif; Menparekraf
t:minister-creative-economy|domain=gov;of=1|en: Minister of Creative Economy; Creative Economy Minister|id: Menteri Ekonomi Kreatif; Menekraf; Menteri Ekraf{cap}
t:minister-energy|domain=gov;of=1|en: Minister of Energy and Mineral Resources; Energy and Mineral Resources Minister; Energy Minister; Minister of Energy; Energy Secretary; Secretary of Energy|id: Menteri Energi dan Sumber Daya Mineral; Menteri ESDM{cap}; MenESDM
t:minister-public-works|domain=gov;of=1|en: Minister of Public Works and Public Housing; Public Works and Housing Minister; Public Works Minister; Minister of Public Works|id: Menteri Pekerjaan Umum dan Perumahan Rakyat; Menteri PUPR{cap}; MenPUPR; Menteri Pekerjaan Umum; Menteri PU{cap}
t:minister-housing|domain=gov;of=1|en: Minister of Housing and Settlement Areas; Housing Minister; Minister of Housing|id: Menteri Perumahan dan Kawasan Permukiman; Menteri PKP{cap}; Menteri Perumahan Rakyat; Menpera
t:minister-investment|domain=gov;of=1|en: Minister of Investment; Investment Minister; Minister of Investment and Downstreaming|id: Menteri Investasi; Menteri Investasi dan Hilirisasi; Kepala BKPM{cap}
t:minister-state-secretary|domain=gov;of=0|en: Minister of State Secretary; State Secretary; Minister/State Secretary|id: Menteri Sekretaris Negara; Mensesneg; Sekretaris Negara; Sesneg
t:cabinet-secretary|domain=gov;of=0|en: Cabinet Secretary|id: Sekretaris Kabinet; Seskab
t:presidential-chief-of-staff|domain=gov;of=0|en: Presidential Chief of Staff; Chief of Staff to the President|id: Kepala Staf Kepresidenan; Kepala Kantor Staf Presiden; Kepala KSP{cap}
t:white-house-chief-of-staff|domain=gov;of=0|en: White House Chief of Staff|id: Kepala Staf Gedung Putih
t:minister-trade|domain=gov;of=1|en: Minister of Trade; Trade Minister; Commerce Minister; Minister of Commerce; Commerce Secretary; Secretary of Commerce; Trade Secretary|id: Menteri Perdagangan; Mendag
t:minister-industry|domain=gov;of=1|en: Minister of Industry; Industry Minister|id: Menteri Perindustrian; Menperin
t:minister-environment-forestry|domain=gov;of=1|en: Minister of Environment and Forestry; Environment and Forestry Minister|id: Menteri Lingkungan Hidup dan Kehutanan; Menteri LHK{cap}; MenLHK
t:minister-environment|domain=gov;of=1|en: Minister of Environment; Environment Minister; Minister of the Environment; Environment Secretary|id: Menteri Lingkungan Hidup; Menteri LH{cap}; MenLH; Men-LH
t:minister-forestry|domain=gov;of=1|en: Minister of Forestry; Forestry Minister|id: Menteri Kehutanan; Menhut
t:minister-marine-fisheries|domain=gov;of=1|en: Minister of Marine Affairs and Fisheries; Marine Affairs and Fisheries Minister; Fisheries Minister|id: Menteri Kelautan dan Perikanan; Menteri KP{cap}; Menteri KKP{cap}; MenKP
t:minister-communication|domain=gov;of=1|en: Minister of Communication and Informatics; Communication and Informatics Minister; Minister of Communication and Digital Affairs; Communications Minister; Minister of Communications; Digital Minister|id: Menteri Komunikasi dan Informatika; Menkominfo; Menteri Kominfo{cap}; Menteri Komunikasi dan Digital; Menkomdigi; Menteri Komdigi{cap}
t:minister-agrarian|domain=gov;of=1|en: Minister of Agrarian Affairs and Spatial Planning; Agrarian Affairs Minister; Land Minister|id: Menteri Agraria dan Tata Ruang; Menteri ATR/BPN{cap}; Menteri ATR{cap}; Kepala BPN{cap}
t:minister-national-development-planning|domain=gov;of=1|en: Minister of National Development Planning; National Development Planning Minister; Planning Minister|id: Menteri Perencanaan Pembangunan Nasional; Menteri PPN{cap}; Kepala Bappenas{cap}; Menteri PPN/Kepala Bappenas{cap}
t:minister-cooperatives|domain=gov;of=1|en: Minister of Cooperatives; Cooperatives Minister; Minister of Cooperatives and Small and Medium Enterprises; Cooperatives and SMEs Minister|id: Menteri Koperasi; Menkop; Menteri Koperasi dan UKM{cap}; Menkop UKM{cap}; Menkop dan UKM{cap}; MenkopUKM
t:minister-msme|domain=gov;of=1|en: Minister of Micro, Small and Medium Enterprises; MSME Minister|id: Menteri Usaha Mikro, Kecil, dan Menengah; Menteri UMKM{cap}
t:minister-women-children|domain=gov;of=1|en: Minister of Women's Empowerment and Child Protection; Women's Empowerment and Child Protection Minister; Women's Empowerment Minister|id: Menteri Pemberdayaan Perempuan dan Perlindungan Anak; Menteri PPPA{cap}; MenPPPA; Menteri PPA{cap}
t:minister-villages|domain=gov;of=1|en: Minister of Villages, Development of Disadvantaged Regions and Transmigration; Minister of Villages and Development of Disadvantaged Regions; Villages Minister|id: Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi; Menteri Desa dan Pembangunan Daerah Tertinggal; Menteri Desa PDTT{cap}; Mendes PDTT{cap}; Mendes PDT{cap}; Mendes; Menteri Desa
t:minister-transmigration|domain=gov;of=1|en: Minister of Transmigration; Transmigration Minister|id: Menteri Transmigrasi; Mentrans
t:minister-migrant-workers|domain=gov;of=1|en: Minister of Migrant Worker Protection; Migrant Workers Minister|id: Menteri Perlindungan Pekerja Migran Indonesia; Menteri P2MI{cap}; Menteri PPMI{cap}
t:minister-population-family|domain=gov;of=1|en: Minister of Population and Family Development|id: Menteri Kependudukan dan Pembangunan Keluarga; Mendukbangga; Kepala BKKBN{cap}
t:minister-secretary-of-state-us|domain=gov;of=0|en: Secretary of State; U.S. Secretary of State; US Secretary of State|id: Menteri Luar Negeri AS{cap}; Menlu AS{cap}; Menteri Luar Negeri Amerika Serikat{cap}
t:secretary-of-defense-us|domain=gov;of=0|en: Secretary of Defense; Defense Secretary; U.S. Defense Secretary; Pentagon chief; Secretary of War; War Secretary|id: Menteri Pertahanan AS{cap}; Menhan AS{cap}; Menteri Pertahanan Amerika Serikat{cap}; Kepala Pentagon{cap}; Menteri Perang{cap}
t:secretary-homeland-security|domain=gov;of=0|en: Secretary of Homeland Security; Homeland Security Secretary|id: Menteri Keamanan Dalam Negeri AS{cap}
t:secretary-army|domain=gov;of=0|en: Secretary of the Army; Army Secretary|id: Menteri Angkatan Darat AS{cap}
t:secretary-navy|domain=gov;of=0|en: Secretary of the Navy; Navy Secretary|id: Menteri Angkatan Laut AS{cap}
t:secretary-air-force|domain=gov;of=0|en: Secretary of the Air Force; Air Force Secretary
t:secretary|domain=gov;of=1|en: Secretary{ci,amb}|id: Sekretaris{ci}
t:us-trade-representative|domain=gov;of=0|en: U.S. Trade Representative; US Trade Representative; Trade Representative; USTR{cs}|id: Perwakilan Dagang AS{cap}
t:national-security-adviser|domain=gov;of=1|en: National Security Adviser; National Security Advisor|id: Penasihat Keamanan Nasional
t:director-national-intelligence|domain=gov;of=0|en: Director of National Intelligence; DNI{cs}|id: Direktur Intelijen Nasional
t:press-secretary|domain=gov;of=1|en: Press Secretary; White House Press Secretary|id: Sekretaris Pers; Sekretaris Pers Gedung Putih
t:fed-chair|domain=gov;of=0|en: Federal Reserve Chair; Federal Reserve Chairman; Fed Chair; Fed Chairman; Fed Chairwoman|id: Ketua The Fed{cap}; Gubernur The Fed{cap}; Ketua Federal Reserve{cap}
t:central-bank-governor|domain=gov;of=1|en: Central Bank Governor; central bank chief|id: Gubernur Bank Sentral; Gubernur BI{cap}; Gubernur Bank Indonesia{cap}; Deputi Gubernur BI{cap}; Deputi Gubernur Senior{cap}
t:president-european-commission|domain=gov;of=0|en: President of the European Commission; European Commission President; Commission President|id: Presiden Komisi Eropa{cap}; Ketua Komisi Eropa{cap}
t:president-european-council|domain=gov;of=0|en: President of the European Council; European Council President|id: Presiden Dewan Eropa{cap}
t:high-representative|domain=diplomatic;of=1|en: High Representative; High Representative for Foreign Affairs and Security Policy; EU foreign policy chief|id: Perwakilan Tinggi; Kepala Kebijakan Luar Negeri UE{cap}; Kepala Diplomat UE{cap}
t:leader-of-opposition|domain=legislative;of=0|en: Leader of the Opposition; Opposition Leader|id: Pemimpin Oposisi
# --- regional government
t:governor|domain=gov;of=1|en: Governor; Gov.{cap}; governor-elect{v}|id: Gubernur; Cagub; calon gubernur{v}; Gubernur terpilih{v}
t:deputy-governor|domain=gov;of=1|en: Deputy Governor; Lieutenant Governor; Lt. Gov.{cap}; Vice Governor|id: Wakil Gubernur; Wagub; Cawagub
t:acting-governor|domain=gov;of=1|en: Acting Governor|id: Penjabat Gubernur; Pj Gubernur{cap}; Pj. Gubernur{cap}; Plt Gubernur{cap}; Plt. Gubernur{cap}; Pelaksana Tugas Gubernur
t:regent|domain=gov;of=1|en: Regent{ci}; district head|id: Bupati; Cabup; calon bupati{v}
t:deputy-regent|domain=gov;of=1|en: Deputy Regent; deputy district head|id: Wakil Bupati; Wabup; Cawabup
t:acting-regent|domain=gov;of=1|en: Acting Regent|id: Penjabat Bupati; Pj Bupati{cap}; Pj. Bupati{cap}; Plt Bupati{cap}; Plt. Bupati{cap}
t:mayor|domain=gov;of=1|en: Mayor{cap}; mayor{v,cs}; mayor-elect{v}|id: Wali Kota; Walikota; Cawalkot; calon wali kota{v}
t:deputy-mayor|domain=gov;of=1|en: Deputy Mayor; Vice Mayor|id: Wakil Wali Kota; Wakil Walikota; Wawali; Wawalkot
t:acting-mayor|domain=gov;of=1|en: Acting Mayor|id: Penjabat Wali Kota; Pj Wali Kota{cap}; Pj. Wali Kota{cap}; Plt Wali Kota{cap}; Pj Walikota{cap}
t:acting|domain=gov;of=1|en: Acting{cap,amb}; Interim{cap,amb}|id: Pelaksana Tugas; Plt{cs}; Plt.{cap}; Penjabat; Pj{cs}; Pj.{cap}; Pelaksana Harian; Plh{cs}; Plh.{cap}
t:camat|domain=gov;of=1|en: Sub-district Head; Subdistrict Head; sub-district chief|id: Camat
t:lurah|domain=gov;of=1|en: Urban Village Head; Lurah{v,cap}|id: Lurah
t:village-head|domain=gov;of=1|en: Village Head; village chief|id: Kepala Desa; Kades; Kepala Kampung; Petinggi{cap,amb}
t:rt-head|domain=gov;of=1|en: Neighbourhood Unit Head|id: Ketua RT{cap}; Ketua RW{cap}; Ketua Rukun Tetangga; Ketua Rukun Warga
t:regional-secretary|domain=gov;of=1|en: Regional Secretary|id: Sekretaris Daerah; Sekda; Sekdaprov; Sekdakab; Sekdakot
t:head-of-agency|domain=gov;of=1|en: Head of Agency; agency head|id: Kepala Dinas; Kadis; Kepala Badan; Kaban; Kepala Kantor
t:head-of-bureau|domain=gov;of=1|en: Bureau Chief; Head of Bureau|id: Kepala Biro; Karo
t:head-of-center|domain=gov;of=1|en: Head of Center|id: Kepala Pusat; Kapus
t:head-of-division|domain=gov;of=1|en: Head of Division; Division Head|id: Kepala Bagian; Kabag; Kepala Bidang; Kabid; Kepala Divisi; Kadiv; Kepala Seksi; Kasi; Kepala Subdirektorat; Kasubdit; Kepala Subbagian; Kasubag
t:head|domain=gov;of=1|en: Head{ci,amb}; chief{v,ci,amb}|id: Kepala{ci,amb}
t:secretary-general|domain=gov;of=1|en: Secretary-General; Secretary General; Sec-Gen{cap}; SecGen{cap}|id: Sekretaris Jenderal; Sekjen; Sekretaris Jendral
t:deputy-secretary-general|domain=gov;of=1|en: Deputy Secretary-General; Deputy Secretary General|id: Wakil Sekretaris Jenderal; Wakil Sekjen{cap}; Wasekjen; Wakil Sekjen.{cap}
t:assistant-secretary-general|domain=gov;of=1|en: Assistant Secretary-General; Assistant Secretary General; Under-Secretary-General; Under Secretary General; Undersecretary-General|id: Asisten Sekretaris Jenderal; Wakil Sekretaris Jenderal PBB{cap}
t:under-secretary|domain=gov;of=1|en: Under Secretary; Undersecretary; Under-Secretary; Assistant Secretary; Deputy Secretary; Permanent Secretary|id: Wakil Sekretaris; Sekretaris Utama; Sestama
t:director-general|domain=gov;of=1|en: Director General; Director-General; DG{cs,amb}|id: Direktur Jenderal; Dirjen; Direktur Jendral
t:inspector-general|domain=gov;of=1|en: Inspector General; Inspector-General|id: Inspektur Jenderal; Inspektur Utama; Irtama
t:deputy|domain=gov;of=1|en: Deputy{cap,amb}|id: Deputi; Asisten Deputi; Asdep
t:special-staff|domain=gov;of=1|en: Special Staff; special aide; Special Assistant|id: Staf Khusus; Stafsus; Staf Ahli
t:adviser|domain=gov;of=1|en: Adviser; Advisor; Senior Adviser; Senior Advisor; Special Adviser; Special Advisor; Counselor; Counsellor|id: Penasihat; Penasihat Khusus; Penasehat
t:commissioner|domain=gov;of=1|en: Commissioner{ci,amb}; European Commissioner; EU Commissioner|id: Komisioner; Komisaris{ci,amb}
t:high-commissioner|domain=diplomatic;of=1|en: High Commissioner|id: Komisaris Tinggi; Komisioner Tinggi
t:ombudsman|domain=gov;of=1|en: Ombudsman{cap,amb}|id: Anggota Ombudsman{cap}; Ketua Ombudsman{cap}
# --- diplomatic
t:ambassador|domain=diplomatic;of=1|en: Ambassador; Amb.{cap}; Ambassador Extraordinary and Plenipotentiary; ambassador-designate{v}|id: Duta Besar; Dubes; Duta Besar Luar Biasa dan Berkuasa Penuh; Dubes LBBP{cap}; Calon Duta Besar
t:consul-general|domain=diplomatic;of=1|en: Consul General; Consul-General|id: Konsul Jenderal; Konjen
t:consul|domain=diplomatic;of=1|en: Consul|id: Konsul
t:charge-daffaires|domain=diplomatic;of=1|en: Chargé d'Affaires; Charge d'Affaires; chargé d'affaires; Chargé d’Affaires|id: Kuasa Usaha; Kuasa Usaha Ad Interim
t:attache|domain=diplomatic;of=1|en: Attaché; Attache; Defense Attaché; Defence Attaché; Military Attaché; Defense Attache|id: Atase; Atase Pertahanan; Athan; Atase Militer
t:envoy|domain=diplomatic;of=1|en: Envoy; Special Envoy; Special Representative; Special Rapporteur|id: Utusan Khusus; Utusan; Pelapor Khusus; Perwakilan Khusus
t:permanent-representative|domain=diplomatic;of=1|en: Permanent Representative; Ambassador to the United Nations; UN Ambassador|id: Wakil Tetap; Watap; Duta Besar untuk PBB{cap}; Dubes untuk PBB{cap}
t:diplomat|domain=diplomatic;of=0|en: Diplomat; Top Diplomat; top diplomat{v}|id: Diplomat; Diplomat Senior
# --- legislative
t:member|domain=gov;of=1|en: Member{cap,amb}|id: Anggota{cap,amb}
t:member-of-parliament|domain=legislative;of=1|en: Member of Parliament; MP{cs}; Lawmaker; Legislator; Parliamentarian; Member of the House of Representatives|id: Anggota Parlemen; Anggota DPR{cap}; Anggota DPR RI{cap}; Anggota Dewan; Anggota Dewan Perwakilan Rakyat; Legislator; Wakil Rakyat; Anggota Komisi; Anggota Fraksi; Anggota Badan Anggaran
t:speaker-dpr|domain=legislative;of=0|en: Speaker of the House of Representatives; House Speaker; Speaker of the House; DPR Speaker; Speaker of the DPR|id: Ketua DPR{cap}; Ketua DPR RI{cap}; Ketua Dewan Perwakilan Rakyat
t:deputy-speaker-dpr|domain=legislative;of=0|en: Deputy Speaker of the House of Representatives; Deputy House Speaker; DPR Deputy Speaker; Deputy Speaker|id: Wakil Ketua DPR{cap}; Wakil Ketua DPR RI{cap}; Wakil Ketua Dewan Perwakilan Rakyat
t:speaker-mpr|domain=legislative;of=0|en: Speaker of the People's Consultative Assembly; MPR Speaker; MPR Chairman|id: Ketua MPR{cap}; Ketua MPR RI{cap}; Ketua Majelis Permusyawaratan Rakyat
t:deputy-speaker-mpr|domain=legislative;of=0|en: Deputy Speaker of the People's Consultative Assembly; MPR Deputy Speaker|id: Wakil Ketua MPR{cap}; Wakil Ketua MPR RI{cap}
t:speaker-dpd|domain=legislative;of=0|en: Speaker of the Regional Representative Council; DPD Speaker; DPD Chairman|id: Ketua DPD{cap}; Ketua DPD RI{cap}; Ketua Dewan Perwakilan Daerah
t:member-dpd|domain=legislative;of=0|en: Member of the Regional Representative Council; DPD member; Indonesian senator|id: Anggota DPD{cap}; Anggota DPD RI{cap}; Senator DPD{cap}
t:speaker-dprd|domain=legislative;of=1|en: Speaker of the Regional House of Representatives; DPRD Speaker; DPRD Chairman|id: Ketua DPRD{cap}; Wakil Ketua DPRD{cap}
t:member-dprd|domain=legislative;of=1|en: Member of the Regional House of Representatives; DPRD member; regional lawmaker; councillor; councilor; city councilman; Council Member|id: Anggota DPRD{cap}; Anggota Dewan Perwakilan Rakyat Daerah; Anggota DPRD DKI Jakarta{cap}
t:committee-chair|domain=legislative;of=1|en: Committee Chair; Committee Chairman; committee chairwoman|id: Ketua Komisi; Wakil Ketua Komisi; Ketua Pansus; Ketua Panitia Khusus; Ketua Badan Anggaran; Ketua Banggar; Ketua Baleg; Ketua Badan Legislasi
t:faction-chair|domain=legislative;of=1|en: Faction Chairman; parliamentary group leader; Floor Leader|id: Ketua Fraksi; Wakil Ketua Fraksi; Sekretaris Fraksi
t:senator|domain=legislative;of=1|en: Senator; Sen.{cap}; Senator-elect{v}|id: Senator; Anggota Senat
t:congressman|domain=legislative;of=1|en: Congressman; Congresswoman; Member of Congress; Representative{cap,amb}; Rep.{cap}; U.S. Representative; Congressmember|id: Anggota Kongres; Anggota Kongres AS{cap}; Anggota DPR AS{cap}
t:speaker|domain=legislative;of=1|en: Speaker{cap,amb}; Parliamentary Speaker; Parliament Speaker; Speaker of Parliament; Speaker of the National Assembly; National Assembly Speaker|id: Ketua Parlemen; Ketua Majelis Nasional{cap}; Ketua Senat
t:majority-leader|domain=legislative;of=1|en: Majority Leader; Senate Majority Leader; House Majority Leader|id: Pemimpin Mayoritas; Pemimpin Mayoritas Senat
t:minority-leader|domain=legislative;of=1|en: Minority Leader; Senate Minority Leader; House Minority Leader|id: Pemimpin Minoritas; Pemimpin Minoritas Senat
# --- judicial and law enforcement
t:attorney-general|domain=judicial;of=1|en: Attorney General; Attorney-General; AG{cs,amb}|id: Jaksa Agung
t:deputy-attorney-general|domain=judicial;of=1|en: Deputy Attorney General|id: Wakil Jaksa Agung; Wajagung
t:junior-attorney-general|domain=judicial;of=1|en: Junior Attorney General; Junior Attorney General for Special Crimes; Junior Attorney General for General Crimes; Junior Attorney General for Intelligence|id: Jaksa Agung Muda; Jaksa Agung Muda Bidang Tindak Pidana Khusus; Jampidsus; Jaksa Agung Muda Bidang Tindak Pidana Umum; Jampidum; Jaksa Agung Muda Bidang Intelijen; Jamintel; Jaksa Agung Muda Bidang Pengawasan; Jamwas; Jaksa Agung Muda Bidang Perdata dan Tata Usaha Negara; Jamdatun; Jampidmil
t:head-high-prosecutor|domain=judicial;of=1|en: Head of the High Prosecutor's Office; chief provincial prosecutor|id: Kepala Kejaksaan Tinggi; Kajati; Kepala Kejaksaan Negeri; Kajari; Kepala Cabang Kejaksaan Negeri; Kacabjari
t:prosecutor|domain=judicial;of=1|en: Prosecutor; Public Prosecutor; Chief Prosecutor; District Attorney; Special Counsel|id: Jaksa; Jaksa Penuntut Umum; JPU{cs}; Penuntut Umum; Jaksa KPK{cap}; Jaksa Penuntut
t:solicitor-general|domain=judicial;of=1|en: Solicitor General; Solicitor-General|id: Jaksa Agung Muda Perdata{cap}
t:judge|domain=judicial;of=1|en: Judge; Justice{cap,amb}; Magistrate; Presiding Judge; Associate Justice|id: Hakim{ci,amb}; Hakim Ketua; Ketua Majelis Hakim; Majelis Hakim; Hakim Anggota; Hakim Tunggal; Hakim Ad Hoc
t:supreme-court-justice|domain=judicial;of=1|en: Supreme Court Justice; Supreme Court Judge|id: Hakim Agung
t:constitutional-judge|domain=judicial;of=1|en: Constitutional Court Justice; Constitutional Judge; Constitutional Court Judge|id: Hakim Konstitusi; Hakim MK{cap}
t:chief-justice-supreme-court|domain=judicial;of=1|en: Chief Justice of the Supreme Court; Supreme Court Chief Justice; Chief Justice|id: Ketua Mahkamah Agung; Ketua MA{cap}; Wakil Ketua Mahkamah Agung; Wakil Ketua MA{cap}
t:chief-justice-constitutional-court|domain=judicial;of=1|en: Chief Justice of the Constitutional Court; Constitutional Court Chief Justice; Constitutional Court President|id: Ketua Mahkamah Konstitusi; Ketua MK{cap}; Wakil Ketua Mahkamah Konstitusi; Wakil Ketua MK{cap}
t:court-clerk|domain=judicial;of=1|en: Court Clerk; Registrar|id: Panitera; Panitera Pengganti
t:lawyer|domain=judicial;of=1|en: Lawyer; Attorney{ci,amb}; Defense Lawyer; Defence Lawyer; Legal Counsel; Counsel{ci,amb}; Barrister; Solicitor|id: Pengacara; Kuasa Hukum; Penasihat Hukum; Advokat; Tim Kuasa Hukum; Pengacara Senior
t:investigator|domain=judicial;of=1|en: Investigator; Chief Investigator|id: Penyidik; Penyidik Senior; Penyelidik
t:kpk-chair|domain=judicial;of=0|en: Chairman of the Corruption Eradication Commission; KPK Chairman; KPK Chair; KPK Chief|id: Ketua KPK{cap}; Ketua Komisi Pemberantasan Korupsi; Wakil Ketua KPK{cap}; Pimpinan KPK{cap}; Plt Ketua KPK{cap}
t:kpu-chair|domain=gov;of=0|en: General Elections Commission Chairman; KPU Chairman; KPU Chair|id: Ketua KPU{cap}; Ketua Komisi Pemilihan Umum; Anggota KPU{cap}; Komisioner KPU{cap}
t:bawaslu-chair|domain=gov;of=0|en: Bawaslu Chairman; Elections Supervisory Agency Chairman|id: Ketua Bawaslu{cap}; Anggota Bawaslu{cap}
# --- military (titles, not ranks)
t:panglima-tni|domain=mil;of=0|en: Commander of the Indonesian National Armed Forces; Commander of the Indonesian Armed Forces; TNI Commander; Indonesian Military Commander; Armed Forces Commander; Indonesian military chief|id: Panglima TNI{cap}; Panglima Tentara Nasional Indonesia; Panglima ABRI{cap}
t:deputy-panglima-tni|domain=mil;of=0|en: Deputy Commander of the Indonesian National Armed Forces; Deputy TNI Commander|id: Wakil Panglima TNI{cap}; Wapang TNI{cap}
t:panglima|domain=mil;of=1|en: Commander-in-Chief; Commander in Chief; C-in-C{cs}; Supreme Commander|id: Panglima{ci}; Panglima Tertinggi
t:kasum-tni|domain=mil;of=0|en: Chief of General Staff of the Indonesian Armed Forces; TNI Chief of General Staff|id: Kepala Staf Umum TNI{cap}; Kasum TNI{cap}; Kasum{cap}
t:ksad|domain=mil;of=0|en: Chief of Staff of the Indonesian Army; Army Chief of Staff; Chief of Army Staff; Army Chief|id: Kepala Staf Angkatan Darat; Kepala Staf TNI Angkatan Darat{cap}; KSAD{cs}; Kasad; KASAD{cs}; Kepala Staf TNI AD{cap}
t:wakasad|domain=mil;of=0|en: Vice Chief of Staff of the Indonesian Army; Army Vice Chief of Staff; Vice Chief of Army Staff|id: Wakil Kepala Staf Angkatan Darat; Wakasad; Wakil KSAD{cap}
t:ksal|domain=mil;of=0|en: Chief of Staff of the Indonesian Navy; Navy Chief of Staff; Chief of Naval Staff; Navy Chief|id: Kepala Staf Angkatan Laut; Kepala Staf TNI Angkatan Laut{cap}; KSAL{cs}; Kasal; KASAL{cs}; Kepala Staf TNI AL{cap}
t:wakasal|domain=mil;of=0|en: Vice Chief of Staff of the Indonesian Navy; Navy Vice Chief of Staff|id: Wakil Kepala Staf Angkatan Laut; Wakasal; Wakil KSAL{cap}
t:ksau|domain=mil;of=0|en: Chief of Staff of the Indonesian Air Force; Air Force Chief of Staff; Chief of Air Staff; Air Force Chief|id: Kepala Staf Angkatan Udara; Kepala Staf TNI Angkatan Udara{cap}; KSAU{cs}; Kasau; KASAU{cs}; Kepala Staf TNI AU{cap}
t:wakasau|domain=mil;of=0|en: Vice Chief of Staff of the Indonesian Air Force; Air Force Vice Chief of Staff|id: Wakil Kepala Staf Angkatan Udara; Wakasau; Wakil KSAU{cap}
t:chief-of-staff|domain=mil;of=1|en: Chief of Staff; Chief of the General Staff; Chief of General Staff; Chief of the Defence Staff; Chief of Defence Force; Chief of Defence|id: Kepala Staf; Kepala Staf Umum; Kepala Staf Jenderal{m}; Kastaf
t:chairman-joint-chiefs|domain=mil;of=0|en: Chairman of the Joint Chiefs of Staff; JCS Chairman; Joint Chiefs Chairman; Chairman of the Joint Chiefs; Joint Chiefs of Staff Chairman|id: Ketua Kepala Staf Gabungan; Ketua Gabungan Kepala Staf; Ketua JCS{cap}; Kepala JCS{cap}; Ketua Kepala Staf Gabungan AS{cap}
t:vice-chairman-joint-chiefs|domain=mil;of=0|en: Vice Chairman of the Joint Chiefs of Staff; JCS Vice Chairman|id: Wakil Ketua Kepala Staf Gabungan; Wakil Ketua JCS{cap}
t:saceur|domain=mil;of=0|en: Supreme Allied Commander Europe; SACEUR{cs}; NATO's top commander; NATO supreme commander|id: Panglima Tertinggi Sekutu Eropa; Panglima Tertinggi Sekutu di Eropa; Komandan Tertinggi Sekutu Eropa; Panglima Tertinggi NATO{cap}
t:chair-nato-military-committee|domain=mil;of=0|en: Chair of the NATO Military Committee; Chairman of the NATO Military Committee; NATO Military Committee Chair|id: Ketua Komite Militer NATO{cap}
t:commander|domain=mil;of=1|en: Commander{ci,amb}; Commanding Officer; Military Commander; Force Commander|id: Komandan; Komandan Jenderal; Danjen; Komandan Satuan; Dansat
t:deputy-commander|domain=mil;of=1|en: Deputy Commander; Vice Commander|id: Wakil Komandan; Wadan; Wakil Komandan Jenderal; Wadanjen
t:pangkostrad|domain=mil;of=0|en: Commander of the Army Strategic Reserve Command; Kostrad Commander|id: Panglima Komando Cadangan Strategis Angkatan Darat; Pangkostrad; Panglima Kostrad{cap}
t:pangdam|domain=mil;of=1|en: Regional Military Commander; Military Area Commander; Kodam Commander|id: Panglima Komando Daerah Militer; Pangdam; Panglima Kodam{cap}; Wakil Panglima Kodam{cap}; Kasdam
t:danrem|domain=mil;of=1|en: Military Resort Commander; Korem Commander|id: Komandan Komando Resor Militer; Danrem; Komandan Korem{cap}
t:dandim|domain=mil;of=1|en: District Military Commander; Kodim Commander|id: Komandan Komando Distrik Militer; Dandim; Komandan Kodim{cap}
t:danramil|domain=mil;of=1|en: Sub-district Military Commander; Koramil Commander|id: Komandan Komando Rayon Militer; Danramil; Komandan Koramil{cap}
t:babinsa|domain=mil;of=1|en: Village Non-Commissioned Officer; village military officer|id: Bintara Pembina Desa; Babinsa
t:danyon|domain=mil;of=1|en: Battalion Commander|id: Komandan Batalyon; Danyon; Komandan Brigade; Danbrig; Komandan Kompi; Danki; Komandan Peleton; Danton; Komandan Resimen; Danmen
t:danjen-kopassus|domain=mil;of=0|en: Kopassus Commander; Commander of the Army Special Forces Command|id: Danjen Kopassus{cap}; Komandan Jenderal Kopassus{cap}; Komandan Jenderal Komando Pasukan Khusus
t:dankormar|domain=mil;of=0|en: Marine Corps Commandant; Commandant of the Marine Corps; Commander of the Indonesian Marine Corps|id: Komandan Korps Marinir; Dankormar; Komandan Korps Marinir TNI AL{cap}
t:navy-commands|domain=mil;of=1|en: Fleet Commander; Naval Base Commander; Main Naval Base Commander|id: Panglima Komando Armada; Pangkoarmada; Pangkolinlamil; Danlantamal; Komandan Lantamal{cap}; Danlanal; Komandan Lanal{cap}; Danguspurla
t:air-commands|domain=mil;of=1|en: Air Base Commander; Air Operations Commander|id: Komandan Pangkalan Udara; Danlanud; Komandan Lanud{cap}; Panglima Komando Operasi Udara; Pangkoopsud; Pangkoopsudnas; Pangkohanudnas
t:danpaspampres|domain=mil;of=0|en: Presidential Security Force Commander|id: Komandan Pasukan Pengamanan Presiden; Danpaspampres; Komandan Paspampres{cap}
t:danpuspom|domain=mil;of=0|en: Military Police Commander; Provost Marshal|id: Komandan Pusat Polisi Militer; Danpuspom; Danpuspom TNI{cap}; Danpuspomad; Danpomdam
t:kapuspen|domain=mil;of=0|en: Head of the TNI Information Center; TNI spokesman; military spokesman|id: Kepala Pusat Penerangan TNI{cap}; Kapuspen TNI{cap}; Kapuspen; Kadispenad; Kadispenal; Kadispenau; Kepala Dinas Penerangan Angkatan Darat; Kapendam; Kepala Penerangan Kodam{cap}
t:defense-chief|domain=mil;of=1|en: Army Commander; Navy Commander; Air Force Commander; Chief of Naval Operations; Army Chief of General Staff|id: Panglima Angkatan Darat; Panglima Angkatan Laut; Panglima Angkatan Udara; Komandan Angkatan Darat; Komandan Angkatan Laut; Komandan Angkatan Udara
# --- police titles
t:kapolri|domain=police;of=0|en: Chief of the Indonesian National Police; National Police Chief; Indonesian Police Chief; Chief of National Police; Police Chief General|id: Kepala Kepolisian Negara Republik Indonesia; Kapolri; Kepala Polri{cap}; Kepala Kepolisian RI{cap}
t:wakapolri|domain=police;of=0|en: Deputy Chief of the Indonesian National Police; Deputy National Police Chief|id: Wakil Kepala Kepolisian Negara Republik Indonesia; Wakapolri; Wakil Kapolri{cap}; Wakil Kepala Polri{cap}
t:kapolda|domain=police;of=1|en: Regional Police Chief; Provincial Police Chief; Chief of Regional Police|id: Kepala Kepolisian Daerah; Kapolda; Kepala Polda{cap}
t:wakapolda|domain=police;of=1|en: Deputy Regional Police Chief; Deputy Provincial Police Chief|id: Wakil Kepala Kepolisian Daerah; Wakapolda; Wakil Kapolda{cap}
t:kapolres|domain=police;of=1|en: District Police Chief; Resort Police Chief; City Police Chief; Precinct Police Chief|id: Kepala Kepolisian Resor; Kapolres; Kapolresta; Kapolrestabes; Kapolres Metro{cap}; Kepala Polres{cap}; Kepala Kepolisian Resor Kota; Kepala Kepolisian Resor Kota Besar
t:wakapolres|domain=police;of=1|en: Deputy District Police Chief|id: Wakil Kepala Kepolisian Resor; Wakapolres; Wakapolresta; Wakapolrestabes
t:kapolsek|domain=police;of=1|en: Sub-district Police Chief; Sector Police Chief; Precinct Chief|id: Kepala Kepolisian Sektor; Kapolsek; Kapolsekta; Kepala Polsek{cap}
t:kabareskrim|domain=police;of=0|en: Chief of the Criminal Investigation Agency; Head of the Criminal Investigation Department; Bareskrim Chief; CID Chief|id: Kepala Badan Reserse Kriminal; Kabareskrim; Kabareskrim Polri{cap}; Kepala Bareskrim{cap}
t:kadiv-humas|domain=police;of=0|en: Head of Public Relations of the National Police; Police Public Relations Chief; National Police spokesman|id: Kepala Divisi Hubungan Masyarakat; Kadiv Humas{cap}; Kadiv Humas Polri{cap}; Kadivhumas; Kepala Divisi Humas Polri{cap}; Karo Penmas{cap}; Kepala Biro Penerangan Masyarakat
t:kabid-humas|domain=police;of=1|en: Regional Police Public Relations Head; Regional Police spokesman; Police spokesman; police spokesperson; police spokeswoman|id: Kepala Bidang Hubungan Masyarakat; Kabid Humas{cap}; Kabidhumas; Kepala Bidang Humas{cap}; Kasi Humas{cap}; Kasubbag Humas{cap}
t:kadiv-propam|domain=police;of=0|en: Head of the Profession and Security Division; Propam Chief; internal affairs chief|id: Kepala Divisi Profesi dan Pengamanan; Kadiv Propam{cap}; Kadiv Propam Polri{cap}; Kabid Propam{cap}
t:police-director|domain=police;of=1|en: Regional Police Director; Director of General Criminal Investigation; Director of Special Criminal Investigation; Director of Narcotics Investigation|id: Direktur Reserse Kriminal Umum; Dirreskrimum; Direktur Reserse Kriminal Khusus; Dirreskrimsus; Direktur Reserse Narkoba; Dirresnarkoba; Direktur Lalu Lintas; Dirlantas; Direktur Tindak Pidana Umum; Dirtipidum; Direktur Tindak Pidana Siber; Dirtipidsiber; Direktur Tindak Pidana Korupsi; Dirtipidkor; Direktur Tindak Pidana Narkoba; Dirtipidnarkoba; Direktur Tindak Pidana Tertentu; Dirtipidter; Direktur Tindak Pidana Ekonomi dan Khusus; Dirtipideksus
t:kasat-reskrim|domain=police;of=1|en: Head of Criminal Investigation Unit; Criminal Investigation Unit Chief|id: Kepala Satuan Reserse Kriminal; Kasat Reskrim{cap}; Kasatreskrim; Kasat Narkoba{cap}; Kasatnarkoba; Kasat Lantas{cap}; Kasatlantas; Kasat Intelkam{cap}; Kanit Reskrim{cap}; Kepala Unit; Kanit; Kapospol
t:kakorlantas|domain=police;of=0|en: Head of the Traffic Police Corps; Traffic Police Chief|id: Kepala Korps Lalu Lintas; Kakorlantas; Kakorlantas Polri{cap}
t:kabaharkam|domain=police;of=0|en: Head of the Security Maintenance Agency|id: Kepala Badan Pemelihara Keamanan; Kabaharkam; Kabaharkam Polri{cap}
t:dankorbrimob|domain=police;of=0|en: Commander of the Mobile Brigade Corps; Brimob Commander|id: Komandan Korps Brigade Mobil; Dankorbrimob; Komandan Korps Brimob{cap}; Dansat Brimob{cap}
t:kadensus|domain=police;of=0|en: Head of Densus 88; Densus 88 Chief|id: Kepala Densus 88{cap}; Kadensus 88{cap}; Kadensus
t:police-chief|domain=police;of=1|en: Police Chief; Chief of Police; Police Commander|id: Kepala Polisi; Kepala Kepolisian; Komandan Polisi
# --- organisation leadership (party, NGO, corporate)
t:chairman|domain=corporate;of=1|en: Chairman; Chairwoman; Chairperson; Chair{ci,amb}; Chairman of the Board|id: Ketua; Ketua Dewan Direksi; Pimpinan{ci,amb}; Pemimpin{ci,amb}
t:vice-chairman|domain=corporate;of=1|en: Vice Chairman; Vice-Chairman; Vice Chair; Deputy Chairman; Deputy Chair; Vice Chairwoman; Deputy Chairwoman|id: Wakil Ketua; Waka
t:general-chairman|domain=party;of=1|en: General Chairman; General Chair; Party Chairman; Party Leader; party chief|id: Ketua Umum; Ketum; Ketua Umum Partai; Ketua Umum DPP{cap}; Ketua DPP{cap}; Ketua DPD Partai{cap}; Ketua DPW{cap}; Ketua DPC{cap}
t:deputy-general-chairman|domain=party;of=1|en: Deputy General Chairman; Vice General Chairman; Deputy Party Chairman|id: Wakil Ketua Umum; Waketum; Wakil Ketum{cap}
t:daily-chairman|domain=party;of=1|en: Daily Chairman; Executive Chairman|id: Ketua Harian; Ketua Pelaksana
t:board-chairman|domain=party;of=1|en: Chairman of the Advisory Board; Chairman of the Board of Patrons; Chairman of the Supervisory Board; Chairman of the Honorary Council|id: Ketua Dewan Pembina; Ketua Dewan Pertimbangan; Ketua Majelis Tinggi; Ketua Dewan Pakar; Ketua Dewan Kehormatan; Ketua Dewan Syuro; Ketua Majelis Syura; Ketua Dewan Pengawas; Dewas
t:general-secretary-party|domain=party;of=1|en: General Secretary; Party Secretary; Party Secretary-General|id: Sekretaris Umum; Sekum
t:treasurer|domain=corporate;of=1|en: Treasurer; General Treasurer|id: Bendahara; Bendahara Umum; Bendum
t:founder|domain=corporate;of=1|en: Founder; Co-founder; Cofounder; Co-Founder|id: Pendiri; Salah Satu Pendiri
t:owner|domain=corporate;of=1|en: Owner{ci,amb}; Proprietor|id: Pemilik{ci,amb}
t:director|domain=corporate;of=1|en: Director; Managing Director; MD{cs,amb}; Dir.{cap}|id: Direktur; Direktur Pelaksana; Direksi
t:president-director|domain=corporate;of=1|en: President Director; President and CEO; President & CEO|id: Direktur Utama; Dirut; Presiden Direktur; Presdir; Wakil Direktur Utama; Wadirut
t:ceo|domain=corporate;of=1|en: Chief Executive Officer; CEO{cs}; Chief Executive; Chief executive officer; Group CEO; Co-CEO{cs}|id: Kepala Eksekutif; CEO{cs}; Pemimpin Eksekutif
t:executive-director|domain=corporate;of=1|en: Executive Director; Executive Secretary; Executive Vice President; EVP{cs}; Senior Vice President; SVP{cs}|id: Direktur Eksekutif; Sekretaris Eksekutif
t:cfo|domain=corporate;of=1|en: Chief Financial Officer; CFO{cs}; Finance Director|id: Direktur Keuangan; Direktur Keuangan dan Manajemen Risiko
t:coo|domain=corporate;of=1|en: Chief Operating Officer; COO{cs}; Operations Director|id: Direktur Operasional; Direktur Operasi
t:cto|domain=corporate;of=1|en: Chief Technology Officer; CTO{cs}; Chief Information Officer; CIO{cs}; Chief Investment Officer; Chief Marketing Officer; CMO{cs}; Chief Commercial Officer; Chief Strategy Officer; Chief Risk Officer|id: Direktur Teknologi; Direktur Teknologi Informasi; Direktur Bisnis; Direktur Komersial; Direktur Pemasaran; Direktur SDM{cap}; Direktur Sumber Daya Manusia; Direktur Hukum
t:commissioner-corporate|domain=corporate;of=1|en: President Commissioner; Chief Commissioner; Board Commissioner; Independent Commissioner|id: Komisaris Utama; Komut; Komisaris Independen; Presiden Komisaris; Wakil Komisaris Utama; Dewan Komisaris
t:general-manager|domain=corporate;of=1|en: General Manager; GM{cs,amb}; Senior Manager; Branch Manager; Country Manager; Regional Director; Country Director; Head of Research; Head of Investor Relations|id: Manajer Umum; Manajer; Kepala Cabang; Pemimpin Cabang; Kepala Perwakilan; Kepala Riset; Kepala Divisi Riset
t:manager|domain=corporate;of=1|en: Manager{ci,amb}; Project Manager; Marketing Manager; Corporate Communications Manager; Public Relations Manager|id: Manajer Komunikasi; Manajer Humas; Manajer Pemasaran; Manajer Proyek
t:corporate-secretary|domain=corporate;of=1|en: Corporate Secretary; Head of Corporate Communications; Corporate Communications Head; VP Corporate Communications{cap}|id: Sekretaris Perusahaan; Corporate Secretary{v}; Corsec{cap}; Kepala Komunikasi Perusahaan; Vice President Corporate Communication{cap}; VP Corporate Communication{cap}
t:chief-economist|domain=corporate;of=1|en: Chief Economist; Senior Economist|id: Kepala Ekonom; Ekonom Senior; Ekonom Utama
t:spokesperson|domain=gov;of=1|en: Spokesperson; Spokesman; Spokeswoman; Spokespeople; Chief Spokesperson; Official Spokesperson|id: Juru Bicara; Jubir; Juru Bicara Presiden; Jubir Presiden; Kepala Juru Bicara; Juru Bicara Resmi; Jurubicara
t:public-relations-head|domain=gov;of=1|en: Head of Public Relations; Public Relations Officer; PR Head; Communications Director; Director of Communications|id: Kepala Humas{cap}; Kepala Hubungan Masyarakat; Kepala Biro Humas{cap}; Karo Humas{cap}; Kabag Humas{cap}; Kepala Biro Komunikasi{cap}; Kepala Biro Hubungan Masyarakat; Kepala Biro Komunikasi dan Informasi Publik
t:secretary-deputy|domain=gov;of=1|en: Secretary of the Ministry; Ministry Secretary|id: Sekretaris Kementerian; Sesmen; Sekretaris Menteri; Sesmenko; Sekretaris Kementerian Koordinator
# --- media
t:editor-in-chief|domain=media;of=1|en: Editor-in-Chief; Editor in Chief; Chief Editor; Managing Editor; Executive Editor|id: Pemimpin Redaksi; Pemred; Wakil Pemimpin Redaksi; Wapemred; Redaktur Pelaksana; Redpel; Pemimpin Umum
t:editor|domain=media;of=1|en: Editor{ci}; Senior Editor; Editorial Director|id: Editor{ci}; Redaktur; Penyunting
t:journalist|domain=media;of=1|en: Journalist; Reporter; Correspondent; Foreign Correspondent; Senior Correspondent; Columnist; News Anchor; Anchor{cap,amb}; Presenter|id: Wartawan; Jurnalis; Reporter; Koresponden; Kolumnis; Pembawa Berita; Presenter; Kontributor; Wartawan Senior
# --- academic and expert
t:professor|domain=academic;of=1|en: Professor; Prof.{cap}; Prof{cap}; Associate Professor; Assistant Professor; Emeritus Professor; Professor Emeritus; Visiting Professor|id: Profesor; Guru Besar; Prof.{cap}; Prof{cap}; Prof. Dr.{cap}; Prof Dr{cap}; Lektor Kepala; Lektor; Asisten Profesor
t:rector|domain=academic;of=1|en: Rector; University President; Chancellor of the University|id: Rektor; Wakil Rektor; Warek; Pembantu Rektor; Purek; Rektor Universitas
t:dean|domain=academic;of=1|en: Dean; Vice Dean; Associate Dean|id: Dekan; Wakil Dekan; Wadek
t:lecturer|domain=academic;of=1|en: Lecturer; Senior Lecturer; Academic; Faculty Member|id: Dosen; Akademisi; Pengajar; Dosen Senior; Staf Pengajar
t:teacher|domain=academic;of=1|en: Teacher; Head Teacher; Principal{ci,amb}; School Principal|id: Guru{ci,amb}; Kepala Sekolah; Kepsek; Wakil Kepala Sekolah
t:researcher|domain=academic;of=1|en: Researcher; Senior Researcher; Research Fellow; Senior Fellow; Fellow{cap,amb}; Scientist; Senior Scientist; Visiting Fellow; Research Director; Director of Research|id: Peneliti; Peneliti Senior; Peneliti Utama; Ilmuwan; Periset; Peneliti Ahli Utama; Peneliti Madya
t:analyst|domain=academic;of=1|en: Analyst; Senior Analyst; Political Analyst; Military Analyst; Defense Analyst; Security Analyst; Market Analyst; Political Scientist|id: Analis; Analis Senior; Analis Politik; Analis Militer; Analis Pertahanan; Analis Pasar; Analis Kebijakan
t:observer|domain=academic;of=1|en: Observer{ci,amb}; Commentator; Pundit; Political Observer; Military Observer|id: Pengamat; Pengamat Politik; Pengamat Militer; Pengamat Pertahanan; Pengamat Ekonomi; Pengamat Hukum; Pengamat Kebijakan Publik; Pengamat Hubungan Internasional; Pengamat Intelijen; Pengamat Terorisme; Pengamat Transportasi; Pengamat Pendidikan
t:expert|domain=academic;of=1|en: Expert{ci,amb}|id: Pakar; Ahli{ci,amb}; Pakar Hukum; Pakar Hukum Tata Negara; Ahli Hukum; Pakar Epidemiologi; Ahli Epidemiologi; Pakar Ekonomi; Pakar Militer; Pakar Keamanan Siber; Pakar Komunikasi Politik; Pakar Kesehatan
t:economist|domain=academic;of=1|en: Economist|id: Ekonom
t:director-of-institute|domain=academic;of=1|en: Director of the Institute; Program Director; Programme Director; Research Institute Director|id: Direktur Lembaga; Direktur Program; Kepala Lembaga; Kepala Pusat Studi; Direktur Pusat Studi
# --- religious
t:pope|domain=religious;of=0|en: Pope|id: Paus; Sri Paus
t:cardinal|domain=religious;of=0|en: Cardinal{cap,amb}|id: Kardinal
t:archbishop|domain=religious;of=1|en: Archbishop|id: Uskup Agung
t:bishop|domain=religious;of=1|en: Bishop{cap,amb}|id: Uskup
t:priest|domain=religious;of=0|en: Priest; Reverend; Rev.{cap}; Father{cap,amb}; Pastor{cap,amb}|id: Pastor{cap,amb}; Pendeta; Romo{cap}; Pastur; Pdt.{cap}
t:patriarch|domain=religious;of=1|en: Patriarch|id: Patriark; Patriarkh
t:imam|domain=religious;of=1|en: Imam{cap,amb}; Grand Imam|id: Imam{cap,amb}; Imam Besar; Imam Besar Masjid Istiqlal{cap}
t:mufti|domain=religious;of=1|en: Mufti; Grand Mufti|id: Mufti; Mufti Besar
t:ayatollah|domain=religious;of=0|en: Ayatollah{cap}; Grand Ayatollah{cap}|id: Ayatollah{cap}
t:rabbi|domain=religious;of=0|en: Rabbi|id: Rabi
t:monk|domain=religious;of=0|en: Monk; Buddhist monk|id: Biksu; Bhikkhu; Biku; Bhante{cap}
t:rais-aam|domain=religious;of=1|en: Supreme Leader of Nahdlatul Ulama; NU Supreme Leader|id: Rais Aam{cap}; Rais Aam PBNU{cap}; Rais Syuriah{cap}; Katib Aam{cap}
t:ulama-honorific|domain=religious;of=0;honorific=1|en: Kyai{cap}; Kiai{cap}; Ustadz{cap}|id: Kiai{cap}; Kyai{cap}; Kiyai{cap}; KH{cs}; K.H.{cs}; KH.{cs}; Ustaz{cap}; Ustadz{cap}; Ustad{cap}; Ustazah{cap}; Ustadzah{cap}; Habib{cap,amb}; Buya{cap}; Tuan Guru{cap}; TGH{cs}; Gus{cap,amb}; Abuya{cap}
t:haji-honorific|domain=religious;of=0;honorific=1|en: Hajji{cap}|id: Haji{cap,amb}; Hajah{cap}; Hajjah{cap}; H.{cs,amb}; Hj.{cs}; Hj{cs}
# --- academic honorifics
t:doctor-honorific|domain=academic;of=0;honorific=1|en: Dr.{cap}; Dr{cap}; Doctor{cap,amb}; Ph.D.{cs}; PhD{cs}|id: Dr.{cap}; Doktor{cap}; dr.{cs}; Drs.{cap}; Dra.{cap}; Ir.{cap}; Ir{cs}; drg.{cs}; Dr. Ir.{cap}
t:english-honorific|domain=royal;of=0;honorific=1|en: Sir{cap,amb}; Dame{cap,amb}; Lord{cap,amb}; Lady{cap,amb}; Baroness{cap}; Baron{cap,amb}; Duke{cap}; Duchess{cap}; His Excellency{cap}; Her Excellency{cap}; H.E.{cs}; Hon.{cap}; The Honourable{cap}; The Honorable{cap}; His Majesty{cap}; Her Majesty{cap}; His Royal Highness{cap}; Her Royal Highness{cap}; HRH{cs}|id: Yang Mulia{cap}; YM{cs}; Sri Baginda{cap}; Baginda{cap}; Paduka{cap}; Yang Terhormat{cap}
# --- international organisation posts
t:managing-director-imf|domain=gov;of=0|en: IMF Managing Director; Managing Director of the IMF; IMF chief|id: Direktur Pelaksana IMF{cap}; Direktur Pelaksana Dana Moneter Internasional
t:world-bank-president|domain=gov;of=0|en: World Bank President; President of the World Bank|id: Presiden Bank Dunia{cap}
t:un-secretary-general|domain=gov;of=0|en: UN Secretary-General; United Nations Secretary-General; U.N. Secretary-General; UN chief; U.N. chief|id: Sekjen PBB{cap}; Sekretaris Jenderal PBB{cap}; Sekretaris Jenderal Perserikatan Bangsa-Bangsa
t:nato-secretary-general|domain=gov;of=0|en: NATO Secretary General; NATO Secretary-General; Secretary General of NATO; NATO chief|id: Sekjen NATO{cap}; Sekretaris Jenderal NATO{cap}
t:asean-secretary-general|domain=gov;of=0|en: ASEAN Secretary-General; Secretary-General of ASEAN|id: Sekjen ASEAN{cap}; Sekretaris Jenderal ASEAN{cap}
# --- sport
t:coach|domain=sport;of=1|en: Coach; Head Coach; Assistant Coach; Caretaker Manager|id: Pelatih; Pelatih Kepala; Asisten Pelatih; Manajer Tim; Pelatih Timnas{cap}; Arsitek Tim
t:captain-sport|domain=sport;of=1|en: Team Captain; Club Captain|id: Kapten Tim; Kapten Timnas{cap}
t:referee|domain=sport;of=1|en: Referee; Umpire|id: Wasit
# --- other common positions and occupations in news
t:politician|domain=party;of=1|en: Politician; Senior Politician; Party Politician|id: Politikus; Politisi; Politikus Senior; Politisi Senior; Kader{ci,amb}; Kader Partai; Elite Partai; Elit Partai
t:activist|domain=ngo;of=1|en: Activist; Human Rights Activist; Rights Activist; Campaigner|id: Aktivis; Aktivis HAM{cap}; Aktivis Hak Asasi Manusia; Aktivis Lingkungan; Aktivis Antikorupsi; Pegiat; Pegiat Antikorupsi
t:coordinator|domain=ngo;of=1|en: Coordinator; National Coordinator; General Coordinator|id: Koordinator; Koordinator Nasional; Kornas; Koordinator Lapangan; Korlap; Koordinator Umum
t:entrepreneur|domain=corporate;of=0|en: Businessman; Businesswoman; Entrepreneur; Tycoon; Business Magnate; Billionaire; Industrialist|id: Pengusaha; Usahawan; Konglomerat; Miliarder; Taipan; Pebisnis
t:doctor|domain=academic;of=1|en: Physician; Surgeon; Medical Doctor; Epidemiologist; Specialist Doctor|id: Dokter; Dokter Spesialis; Dokter Bedah; Epidemiolog
t:official|domain=gov;of=1|en: Official{ci,amb}; Senior Official; Government Official; Civil Servant; Bureaucrat|id: Pejabat; Pejabat Tinggi; Pejabat Senior; Aparatur Sipil Negara; ASN{cs}; Pegawai Negeri Sipil; PNS{cs}
t:intelligence-chief|domain=gov;of=1|en: Intelligence Chief; Spy Chief; Head of Intelligence; Director of Intelligence|id: Kepala Badan Intelijen Negara; Kepala BIN{cap}; Kabin; Kepala Intelijen
t:election-candidate|domain=party;of=1|en: Candidate; Presidential Candidate; Vice Presidential Candidate; Running Mate; Nominee; Presidential Hopeful|id: Calon; Kandidat; Bakal Calon; Bacalon; Calon Legislatif; Caleg; Bakal Calon Presiden; Bacapres; Bacawapres; Calon Kepala Daerah; Cakada; Paslon; Pasangan Calon
t:regional-head|domain=gov;of=1|en: Regional Head; Local Leader; regional leader; Regional Leader|id: Kepala Daerah; Wakil Kepala Daerah
t:minister-coordinator-deputy|domain=gov;of=1|en: Deputy Coordinating Minister|id: Wakil Menteri Koordinator; Wamenko
t:executive-secretary-un|domain=gov;of=1|en: Executive Secretary of the Commission; UN Resident Coordinator; Resident Coordinator|id: Koordinator Residen PBB{cap}; Koordinator Residen
"""
for line in L.strip().splitlines():
    if line.strip() and not line.startswith("#"):
        o.parse_entry(line)

# ---------------------------------------------------------------------------
# Titles and organisations are separate mentions (TITLE [ORG/PLACE] PERSON -> holds_title with `of`), so an alias
# that embeds a specific organisation or country ("Sekjen PBB", "Panglima TNI", "Menhan AS", "Ketua KPK") is dropped:
# the generic title ("Sekjen", "Panglima", "Menhan", "Ketua") plus the ORG/PLACE mention replace it.
# Unit types that name a family of bodies the ORG list spells out ("Polda Jabar", "Kodam Jaya", "DPRD Jatim",
# "Kejati Jatim", "Kodim 0501") are treated the same way: "Ketua DPRD Jatim" = "Ketua" + "DPRD Jatim", else the
# title would swallow the head word of the organisation. One-word contractions (Kapolda, Pangdam, Dandim, Kajati)
# stay. Generic nouns with no such family (Senate, Parliament, Army/Navy/Air Force) stay inside titles.
# Also dropped: keys that are not positions (t:official "pejabat/official", t:observer "pengamat").
import re as _re
EMBEDDED = """NATO|PBB|UN|U.N.|United Nations|Perserikatan Bangsa-Bangsa|ASEAN|TNI|Polri|ABRI|DPR|DPR RI|MPR|MPR RI|DPD|DPD RI|DPP|MK|MA|KPK|BIN|BI|
Bank Indonesia|Bawaslu|Fed|The Fed|Federal Reserve|World Bank|Bank Dunia|IMF|Dana Moneter Internasional|European Commission|Komisi Eropa|
European Council|Dewan Eropa|EU|UE|White House|Gedung Putih|Pentagon|AS|US|U.S.|Amerika Serikat|Inggris|Kopassus|Kostrad|Paspampres|Brimob|
Korps Brimob|Korps Marinir|Korps Marinir TNI AL|Marinir|Timnas|PBNU|NU|Nahdlatul Ulama|KSP|Kantor Staf Presiden|JCS|Joint Chiefs|Joint Chiefs of Staff|
Kepala Staf Gabungan|Gabungan Kepala Staf|Masjid Istiqlal|Mahkamah Konstitusi|Mahkamah Agung|Constitutional Court|Supreme Court|Badan Intelijen Negara|
Dewan Perwakilan Rakyat|Majelis Permusyawaratan Rakyat|Dewan Perwakilan Daerah|Tentara Nasional Indonesia|Indonesian National Armed Forces|
Indonesian Armed Forces|Indonesian military|Kepolisian Negara Republik Indonesia|Kepolisian RI|Indonesian National Police|National Police|
House of Representatives|People's Consultative Assembly|Regional Representative Council|Komando Pasukan Khusus|Army Special Forces Command|
Army Strategic Reserve Command|Komando Cadangan Strategis Angkatan Darat|Pasukan Pengamanan Presiden|Presidential Security Force|Mobile Brigade Corps|
Korps Brigade Mobil|Marine Corps|Indonesian Marine Corps|Criminal Investigation Agency|Badan Reserse Kriminal|Bareskrim|Security Maintenance Agency|
Badan Pemelihara Keamanan|Elections Supervisory Agency|Badan Anggaran|Banggar|Baleg|Badan Legislasi|Komite Militer NATO|NATO Military Committee|
Pusat Polisi Militer|Indonesian Army|Indonesian Navy|Indonesian Air Force|KPU|Komisi Pemilihan Umum|General Elections Commission|OJK|
Otoritas Jasa Keuangan|Komisi Pemberantasan Korupsi|Corruption Eradication Commission|Kejaksaan Agung|Kejagung|Attorney General's Office|Lemhannas|
Basarnas|BNPB|BNN|BNPT|BPK|BPOM|BMKG|BPS|BRIN|BPN|BKPM|BKKBN|KKP|Kominfo|Komdigi|Kemenhan|Kemlu|Bappenas|Setneg|Kopasgat|Kormar|Korlantas|Densus 88|
Divisi Humas|Div Humas|Humas Polri|Kompolnas|Komnas HAM|LPSK|KY|Komisi Yudisial|DKI|DKI Jakarta|Bank Sentral|
DPRD|Polda|Polres|Polresta|Polrestabes|Polsek|Kodam|Kodim|Korem|Koramil|Lanud|Lantamal|Lanal|Pangkalan Udara|Kepolisian Daerah|Kepolisian Resor|
Kepolisian Sektor|Komando Daerah Militer|Komando Distrik Militer|Komando Resor Militer|Komando Rayon Militer|Kejaksaan Tinggi|Kejaksaan Negeri|Dinas""".replace("\n", "").split("|")
EMBEDDED = sorted({e.strip() for e in EMBEDDED if e.strip()}, key=len, reverse=True)
_EMB_RE = _re.compile(r"(?<![\w.])(?:" + "|".join(_re.escape(e) for e in EMBEDDED) + r")(?![\w])")
DROP_KEYS = {"t:official", "t:observer"}
# "Kepala Badan", "Komandan Batalyon", "Rektor Universitas": a generic title followed by the head noun that
# starts the organization's own name ("Kepala | Badan Ketahanan Pangan"); the extractor reads the title and the
# organization separately, so these forms would swallow the organization's first word.
_HEAD_RE = _re.compile(r"(?i)^(Kepala|Ketua|Direktur|Komandan|Rektor|Sekretaris|Anggota)\s+"
                       r"(Badan|Kantor|Biro|Pusat|Pusat Studi|Divisi|Lembaga|Kepolisian|Satuan|Batalyon|Brigade|Resimen|"
                       r"Universitas|Kementerian|Kementerian Koordinator|Komisi)$")
KEEP = {"Supreme Allied Commander Europe"}  # NATO's SACEUR: an office name, "Europe" is not its organisation
REMOVED = []
_rows = []
for r in o.rows:
    key, lab, lang, kind, case, alias, attrs = r
    if key in DROP_KEYS:
        REMOVED.append((key, alias, "not a position")); continue
    if alias not in KEEP and _EMB_RE.search(alias):
        REMOVED.append((key, alias, "embeds " + _EMB_RE.search(alias).group(0))); continue
    if _HEAD_RE.match(alias):
        REMOVED.append((key, alias, "ends in an organization head; the named organization follows")); continue
    _rows.append(r)
# generic remainders that must exist once the embedded forms are gone (added to the generic keys)
EXTRA = [("t:chairman", "id", "variant", "ci", "Wakil Ketua Umum"), ("t:deputy-commander", "id", "variant", "ci", "Wakil Panglima"),
         ("t:deputy-commander", "id", "abbr", "cap", "Wapang"), ("t:deputy-commander", "en", "variant", "ci", "Deputy Commander-in-Chief"),
         ("t:speaker", "en", "variant", "ci", "Deputy Speaker"), 
         ("t:member-of-parliament", "id", "variant", "ci", "Anggota Kongres"), ("t:deputy", "id", "variant", "ci", "Wakil Kepala"), ("t:deputy", "en", "variant", "ci", "Deputy Chief")]
# keep only the generic ones that are not already present
_have = {(r[0], r[5]) for r in _rows}
_alias_any = {r[5].casefold() for r in _rows}
for key, lang, kind, case, alias in EXTRA:
    if alias.casefold() in _alias_any: continue
    attrs = next((r[6] for r in _rows if r[0] == key), "")
    attrs = ";".join(x for x in attrs.split(";") if x and x != "amb=1")
    if not attrs: continue
    _rows.append((key, "TITLE", lang, kind, case, alias, attrs)); _alias_any.add(alias.casefold())
# a key that lost its name row in a language: promote that language's first remaining alias
_by = {}
for r in _rows: _by.setdefault(r[0], []).append(r)
_final = []
for key, rs in _by.items():
    if not any(r[2] in ("en", "und") for r in rs):
        # only Indonesian contractions remain ("Pangkostrad", "Wakapolri", "Rais Aam"): the first becomes the
        # language-neutral canonical name (these words are not English words, so `und` is safe)
        r = rs[0]; rs[0] = (r[0], r[1], "und", "name", r[4], r[5], r[6])
        if not any(x[2] == "id" for x in rs[1:]):
            pass
        else:
            i = next(i for i, x in enumerate(rs) if i > 0 and x[2] == "id")
            x = rs[i]; rs[i] = (x[0], x[1], x[2], "name", x[4], x[5], x[6])
    for lang in ("en", "id"):
        ls = [i for i, r in enumerate(rs) if r[2] == lang]
        if ls and not any(rs[i][3] == "name" for i in ls):
            i = ls[0]; r = rs[i]; rs[i] = (r[0], r[1], r[2], "name", r[4], r[5], r[6])
    # name rows first within the key
    rs.sort(key=lambda r: 0 if r[3] == "name" else 1)
    _final.extend(rs)
o.rows = _final
o.entries = {r[0]: r[1] for r in _final}
with open(os.path.join(HERE, "titles_removed.tsv"), "w", encoding="utf-8") as _f:
    _f.write("key\talias\treason\n")
    for k, a, why in REMOVED: _f.write(f"{k}\t{a}\t{why}\n")
n = o.write(os.path.join(ROOT, "data", "titles.tsv"), """Positions, offices and honorifics (Indonesian and English news). Hand-curated for warta; MIT OR Apache-2.0. See data/CURATED.md.
attrs: domain = gov|mil|police|diplomatic|legislative|judicial|academic|religious|royal|corporate|media|party|ngo|sport; of=1 when the title usually takes an org/place complement;
honorific=1 for pre-name honorifics (Dr., Ir., KH, Hj., Sir) that are not positions; amb=1 when the alias is also an everyday word.""")
print("titles rows, entries:", n)
